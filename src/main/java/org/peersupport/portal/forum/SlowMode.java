package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A cooling-off rule on a heated topic or forum: each member may post once per interval until the
 * end time. Both null: off.
 */
@Embeddable
public class SlowMode {

    public static final int MAX_MINUTES = 24 * 60;

    @Column(name = "slow_mode_seconds")
    private Integer seconds;

    @Column(name = "slow_mode_until")
    private Instant until;

    protected SlowMode() {
        // for JPA, and "off"
    }

    private SlowMode(Integer seconds, Instant until) {
        this.seconds = seconds;
        this.until = until;
    }

    public static SlowMode off() {
        return new SlowMode();
    }

    public static SlowMode of(Duration interval, Instant until) {
        if (interval.isNegative() || interval.isZero() || interval.toMinutes() > MAX_MINUTES) {
            throw new IllegalArgumentException("Slow mode interval out of range: " + interval);
        }
        return new SlowMode((int) interval.getSeconds(), until);
    }

    public boolean isActiveAt(Instant now) {
        return seconds != null && (until == null || until.isAfter(now));
    }

    /** How long a member whose last post here was at {@code lastPost} must still wait, if at all. */
    public Optional<Duration> waitAfter(Instant lastPost, Instant now) {
        if (!isActiveAt(now) || lastPost == null) {
            return Optional.empty();
        }
        Instant next = lastPost.plusSeconds(seconds);
        return next.isAfter(now) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    public Integer getSeconds() {
        return seconds;
    }

    public Instant getUntil() {
        return until;
    }
}
