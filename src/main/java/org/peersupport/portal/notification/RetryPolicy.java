package org.peersupport.portal.notification;

import java.time.Duration;
import java.time.Instant;

/** After a failed send: wait 30 s, then twice as long each time, at most an hour. Never give up. */
public final class RetryPolicy {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(1);

    private RetryPolicy() {}

    /** When to try again after {@code attempts} failed attempts (1 or more). */
    public static Instant nextAttempt(int attempts, Instant failedAt) {
        Duration wait = FIRST.multipliedBy(1L << Math.min(attempts - 1, 20));
        return failedAt.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
