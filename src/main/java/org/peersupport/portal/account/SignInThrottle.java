package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-in after too many failures within a minute, counted both per account and per
 * address, so that neither one account nor one address can be used to guess passwords.
 *
 * <p>Counts live in this instance's memory: with several instances each counts on its own.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures allowed within the window; the next attempt is refused. */
    public static final int FAILURES_ALLOWED = 6;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Above this many keys, stale ones are swept so a flood of addresses cannot fill the heap. */
    private static final int MAX_TRACKED_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private Clock clock;

    protected SignInThrottle() {
        // for CDI
    }

    @Inject
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True if an attempt for this e-mail or from this address must be refused now. */
    public boolean isRefused(String email, String address) {
        Instant now = clock.instant();
        return recentFailures(accountKey(email), now) >= FAILURES_ALLOWED
                || recentFailures(addressKey(address), now) >= FAILURES_ALLOWED;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(now.minus(WINDOW)));
        }
        record(accountKey(email), now);
        record(addressKey(address), now);
    }

    /** A successful sign-in clears the account's count (not the address's: one address may try many accounts). */
    public void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private int recentFailures(String key, Instant now) {
        int[] count = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            count[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return count[0];
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
