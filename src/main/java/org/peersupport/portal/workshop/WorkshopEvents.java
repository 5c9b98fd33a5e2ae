package org.peersupport.portal.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.shared.calendar.ICalendarWriter;
import org.peersupport.portal.shared.calendar.IcsEvent;
import org.peersupport.portal.shared.calendar.PersonalEvent;
import org.peersupport.portal.shared.web.Bundle;

/**
 * A member's workshops as calendar entries and iCalendar events, worded in the reader's language:
 * a seat is CONFIRMED, an offer waiting to be confirmed TENTATIVE, a cancelled workshop or
 * registration CANCELLED (with the higher SEQUENCE the change brought, so calendar apps update).
 */
public final class WorkshopEvents {

    /** The calendar page colours workshops by this (session-event--workshop). */
    public static final String CATEGORY = "workshop";

    private WorkshopEvents() {}

    public static String path(long workshopId) {
        return WorkshopViews.PAGE + "?id=" + workshopId;
    }

    /** "Workshop: Mindful mornings", marked when only offered or when cancelled. */
    public static String title(WorkshopCalendarEntry entry, Locale locale) {
        String title = Bundle.text(locale, entry.offered() ? "calendar.workshop.offered" : "calendar.workshop.title", entry.title());
        return entry.cancelled() ? Bundle.text(locale, "calendar.event.cancelled", title) : title;
    }

    public static IcsEvent.Status status(WorkshopCalendarEntry entry) {
        if (entry.cancelled()) {
            return IcsEvent.Status.CANCELLED;
        }
        return entry.offered() ? IcsEvent.Status.TENTATIVE : IcsEvent.Status.CONFIRMED;
    }

    public static PersonalEvent personal(WorkshopCalendarEntry e, Locale locale) {
        return new PersonalEvent(e.uid(IcsEvent.UID_DOMAIN), CATEGORY, title(e, locale), e.description(), e.startsAt(), e.endsAt(), e.zone(),
                status(e), e.sequence(), path(e.workshopId()), e.place());
    }

    /** One registration's own file, named after the workshop; {@code baseUrl} is the portal's address (scheme, host, context path). */
    public static String ics(WorkshopCalendarEntry entry, Locale locale, ZoneId readerZone, String baseUrl, Instant now) {
        return ICalendarWriter.write(title(entry, locale), List.of(personal(entry, locale).toIcs(baseUrl)), now, readerZone);
    }
}
