package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.shared.calendar.PersonalCalendarSource;
import org.peersupport.portal.shared.calendar.PersonalEvent;

/**
 * Workshops in a member's one calendar (those with a seat or an offer; a cancelled workshop stays,
 * marked cancelled), and each registration's own .ics file.
 */
@ApplicationScoped
public class WorkshopCalendar implements PersonalCalendarSource {

    @Inject
    private WorkshopViews views;

    @Inject
    private Clock clock;

    @Override
    public List<PersonalEvent> eventsFor(long memberId, Instant from, Instant to, Locale locale) {
        return views.calendarFor(memberId, from, to).stream().map(e -> WorkshopEvents.personal(e, locale)).toList();
    }

    @Override
    public Optional<Instant> nextStart(long memberId) {
        return views.nextFor(memberId);
    }

    /** The member's own registration as a calendar file; empty when they have none to put in a calendar (see WorkshopViews). */
    public Optional<String> registrationFile(long memberId, long workshopId, Locale locale, ZoneId readerZone, String baseUrl) {
        return views.calendarEntry(memberId, workshopId).map(e -> WorkshopEvents.ics(e, locale, readerZone, baseUrl, clock.instant()));
    }
}
