package org.peersupport.portal.shared.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's one calendar: every feature's entries (group sessions, workshops…), gathered from the
 * {@link PersonalCalendarSource} beans, in start order. The calendar page, my-sessions.ics and the
 * private feed all read it, so they always agree.
 */
@ApplicationScoped
public class PersonalCalendar {

    /** How far back a feed reaches: recent entries stay in a calendar app for a while. */
    public static final Duration FEED_PAST = Duration.ofDays(28);

    private static final Instant FAR_FUTURE = Instant.parse("9999-01-01T00:00:00Z");
    private static final Comparator<PersonalEvent> IN_ORDER = Comparator.comparing(PersonalEvent::start)
            .thenComparing(PersonalEvent::uid);

    @Inject
    private Instance<PersonalCalendarSource> sources;

    @Inject
    private Clock clock;

    /** The member's entries overlapping [from, to), in start order. */
    public List<PersonalEvent> eventsFor(long memberId, Instant from, Instant to, Locale locale) {
        return sources.stream().flatMap(source -> source.eventsFor(memberId, from, to, locale).stream()).sorted(IN_ORDER).toList();
    }

    /** What a feed or my-sessions.ics holds: the member's entries from four weeks ago on. */
    public List<PersonalEvent> feedFor(long memberId, Locale locale) {
        return eventsFor(memberId, clock.instant().minus(FEED_PAST), FAR_FUTURE, locale);
    }

    /** When the member's next entry starts, for opening the calendar there. */
    public Optional<Instant> nextStart(long memberId) {
        return sources.stream().map(source -> source.nextStart(memberId)).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    /** These entries as one iCalendar file; {@code readerZone} is the VTIMEZONE of a file with no entries. */
    public String ics(String calendarName, List<PersonalEvent> events, ZoneId readerZone, String baseUrl) {
        return ICalendarWriter.write(calendarName, events.stream().map(e -> e.toIcs(baseUrl)).toList(), clock.instant(), readerZone);
    }
}
