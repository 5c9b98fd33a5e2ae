package org.peersupport.portal.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A workshop as the public listing shows it: no attendee, no video link. */
public record WorkshopCard(long id, String title, String description, WorkshopTopic topic, Locale language, AttendanceMode mode,
        Instant startsAt, Instant endsAt, ZoneId zone, Optional<String> location, int capacity, int seatsLeft, int waitlistLength,
        String hostName, WorkshopStatus status, boolean postponed, Instant signUpDeadline, Instant cancellationDeadline,
        Optional<String> question) {

    /** As {@link Workshop#signUpClosedReason}, for the page that shows the card: why sign-ups are closed now, if they are. */
    public Optional<String> signUpClosedReason(Instant now) {
        if (isCancelled()) {
            return Optional.of("workshop.refused.cancelled");
        }
        if (status != WorkshopStatus.PUBLISHED) {
            return Optional.of("workshop.refused.notOpen");
        }
        if (!now.isBefore(startsAt)) {
            return Optional.of("workshop.refused.past");
        }
        return now.isAfter(signUpDeadline) ? Optional.of("workshop.refused.deadline") : Optional.empty();
    }

    public boolean isFull() {
        return seatsLeft == 0;
    }

    public boolean isCancelled() {
        return status == WorkshopStatus.CANCELLED;
    }

    public boolean isDraft() {
        return status == WorkshopStatus.DRAFT;
    }

    public boolean isOnline() {
        return mode == AttendanceMode.ONLINE;
    }
}
