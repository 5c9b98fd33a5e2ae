package org.peersupport.portal.curriculum.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.shared.web.Bundle;

/** Cohort sessions as iCalendar events, worded in the reader's language. */
public final class SessionEvents {

    /** Host-independent, so a UID stays the same whatever address the portal is reached by. */
    public static final String UID_DOMAIN = "peersupport.portal";

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

    /** The calendar file for a reader of this language and zone; {@code baseUrl} is the portal's address (scheme, host, context path). */
    public static String ics(String calendarName, List<CalendarEntry> entries, Locale locale, ZoneId zone, String baseUrl, Instant now) {
        List<IcsEvent> events = entries.stream().map(e -> new IcsEvent(uid(e.sessionId()), e.zone(), e.startsAt(), e.endsAt(),
                e.sequence(), e.cancelled(), title(e, locale), e.topic(), baseUrl + cohortPath(e.cohortId()), e.location())).toList();
        return ICalendarWriter.write(calendarName, events, now, zone);
    }
}
