package org.peersupport.portal.shared.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One entry in a member's own calendar, from whichever feature owns it, already worded in the
 * member's language. {@code category} is one lower-case word naming its kind ("attending",
 * "facilitating", "workshop"): the calendar page colours entries by it. {@code path} is the page
 * the entry opens, from the context root; {@code location} is present only when the member may
 * see it.
 */
public record PersonalEvent(String uid, String category, String title, String description, Instant start, Instant end, ZoneId zone,
        IcsEvent.Status status, int sequence, String path, Optional<String> location) {

    public boolean cancelled() {
        return status == IcsEvent.Status.CANCELLED;
    }

    /** As a VEVENT whose URL is this portal's page; {@code baseUrl} is the portal's address (scheme, host, context path). */
    public IcsEvent toIcs(String baseUrl) {
        return new IcsEvent(uid, zone, start, end, sequence, status, title, description, baseUrl + path, location);
    }
}
