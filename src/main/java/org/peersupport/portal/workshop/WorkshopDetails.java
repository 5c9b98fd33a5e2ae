package org.peersupport.portal.workshop;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a facilitator sets for a workshop. Times are wall times in the workshop's own zone (the
 * place where it happens, or the host's for an online one); the deadlines are at or before the start.
 */
public record WorkshopDetails(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotNull WorkshopTopic topic,
        @NotNull Locale language,
        @NotNull LocalDateTime start,
        @NotNull LocalDateTime end,
        @NotNull ZoneId timeZone,
        @Min(1) @Max(500) int capacity,
        @NotNull AttendanceMode mode,
        @Size(max = 500) String location,
        @Size(max = 500) String onlineLink,
        @NotNull LocalDateTime signUpDeadline,
        @NotNull LocalDateTime cancellationDeadline,
        @Min(15) @Max(7 * 24 * 60) int offerWindowMinutes,
        @Size(max = 300) String question) {

    /** A workshop lasts at least 15 minutes and at most 12 hours. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(12);
    /** How long a promoted member has to confirm an offered seat, unless the facilitator sets otherwise. */
    public static final int DEFAULT_OFFER_WINDOW_MINUTES = 24 * 60;

    public Instant startsAt() {
        return start.atZone(timeZone).toInstant();
    }

    public Instant endsAt() {
        return end.atZone(timeZone).toInstant();
    }

    public Instant signUpDeadlineAt() {
        return signUpDeadline.atZone(timeZone).toInstant();
    }

    public Instant cancellationDeadlineAt() {
        return cancellationDeadline.atZone(timeZone).toInstant();
    }

    @AssertTrue(message = "{workshop.end.beforeStart}")
    public boolean isLengthSensible() {
        if (start == null || end == null || timeZone == null) {
            return true;
        }
        Duration length = Duration.between(startsAt(), endsAt());
        return length.compareTo(SHORTEST) >= 0 && length.compareTo(LONGEST) <= 0;
    }

    @AssertTrue(message = "{workshop.deadline.afterStart}")
    public boolean isDeadlinesBeforeStart() {
        if (start == null || signUpDeadline == null || cancellationDeadline == null) {
            return true;
        }
        return !signUpDeadline.isAfter(start) && !cancellationDeadline.isAfter(start);
    }

    /** In person needs a place to go to; online needs a web link (http or https, nothing else). */
    @AssertTrue(message = "{workshop.place.missing}")
    public boolean isPlaceGiven() {
        if (mode == null) {
            return true;
        }
        return mode == AttendanceMode.IN_PERSON ? location != null && !location.isBlank() : webLink(onlineLink).isPresent();
    }

    public Optional<String> signUpQuestion() {
        return Optional.ofNullable(question).map(String::strip).filter(q -> !q.isEmpty());
    }

    /** The link if it is an absolute http(s) address with a host; anything else (javascript:, a typo) is not a link. */
    public static Optional<String> webLink(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
