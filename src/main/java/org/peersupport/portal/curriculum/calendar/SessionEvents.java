package org.peersupport.portal.curriculum.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.shared.calendar.ICalendarWriter;
import org.peersupport.portal.shared.calendar.IcsEvent;
import org.peersupport.portal.shared.calendar.PersonalEvent;
import org.peersupport.portal.shared.web.Bundle;

/** Cohort sessions as calendar entries and iCalendar events, worded in the reader's language. */
public final class SessionEvents {

    public static final String UID_DOMAIN = IcsEvent.UID_DOMAIN;

    private SessionEvents() {}

    public static String uid(long sessionId) {
        return "cohort-session-" + sessionId + "@" + UID_DOMAIN;
    }

    /** "Session 3: Noticing thoughts · Tuesday evenings, London", marked when cancelled. */
    public static String title(CalendarEntry entry, Locale locale) {
        String title = Bundle.text(locale, "calendar.event.title", entry.number(), entry.title(), entry.cohortName());
        return entry.cancelled() ? Bundle.text(locale, "calendar.event.cancelled", title) : title;
    }

    public static String cohortPath(long cohortId) {
        return "/programmes/cohort.xhtml?id=" + cohortId;
    }

    /** The session as an entry of the member's calendar: coloured as a group they run or one they attend. */
    public static PersonalEvent personal(CalendarEntry e, Locale locale) {
        return new PersonalEvent(uid(e.sessionId()), e.facilitating() ? "facilitating" : "attending", title(e, locale), e.topic(),
                e.startsAt(), e.endsAt(), e.zone(), e.cancelled() ? IcsEvent.Status.CANCELLED : IcsEvent.Status.CONFIRMED, e.sequence(),
                cohortPath(e.cohortId()), e.location());
    }

    /** The calendar file for a reader of this language and zone; {@code baseUrl} is the portal's address (scheme, host, context path). */
    public static String ics(String calendarName, List<CalendarEntry> entries, Locale locale, ZoneId zone, String baseUrl, Instant now) {
        List<IcsEvent> events = entries.stream().map(e -> personal(e, locale).toIcs(baseUrl)).toList();
        return ICalendarWriter.write(calendarName, events, now, zone);
    }
}
