package org.peersupport.portal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily period, in the member's own time zone, when no e-mail is sent to them; it may run past
 * midnight (22:00 to 07:00). E-mail written during it waits until it ends.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours need a start and a different end");
        }
    }

    /** Whether a start and end typed by a member may stand together: both empty (none), or two different times. */
    public static boolean acceptable(LocalTime start, LocalTime end) {
        return start == null ? end == null : end != null && !start.equals(end);
    }

    /** When e-mail written at {@code now} may be sent: {@code now}, or the end of the quiet hours. */
    public Instant sendableFrom(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return now;
        }
        LocalDate endDay = overnight && !time.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // atZone moves a wall time inside a DST gap forward, so the end always exists.
        return endDay.atTime(end).atZone(zone).toInstant();
    }
}
