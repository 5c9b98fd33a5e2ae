package org.peersupport.portal.shared.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One VEVENT as written: times are instants, shown in {@code zone} (the event's own). The location
 * is present only when the reader of this calendar may see it.
 */
public record IcsEvent(String uid, ZoneId zone, Instant start, Instant end, int sequence, Status status, String summary,
        String description, String url, Optional<String> location) {

    /** Host-independent, so a UID stays the same whatever address the portal is reached by. */
    public static final String UID_DOMAIN = "peersupport.portal";

    /** RFC 5545 STATUS of a VEVENT: a seat offered but not yet taken is TENTATIVE. */
    public enum Status {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }
}
