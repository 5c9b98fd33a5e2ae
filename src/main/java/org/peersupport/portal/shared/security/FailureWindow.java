package org.peersupport.portal.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key (an account, an address) within a sliding window: the throttles against
 * guessing (passwords, certificate codes) count here. In this instance's memory; with several
 * instances each counts on its own.
 */
public final class FailureWindow {

    /** Above this many keys, stale ones are swept so a flood of addresses cannot fill the heap. */
    private static final int MAX_TRACKED_KEYS = 10_000;

    private final int allowed;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureWindow(int allowed, Duration window) {
        this.allowed = allowed;
        this.window = window;
    }

    /** True once the key has had its allowed failures within the window. */
    public boolean isRefused(String key, Instant now) {
        return recentFailures(key, now) >= allowed;
    }

    public void record(String key, Instant now) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    public void clear(String key) {
        failures.remove(key);
    }

    /** When a refused key may try again (its oldest counted failure leaves the window); empty if not refused. */
    public Optional<Instant> refusedUntil(String key, Instant now) {
        Instant[] until = {null};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= allowed) {
                until[0] = times.peekFirst().plus(window);
            }
            return times.isEmpty() ? null : times;
        });
        return Optional.ofNullable(until[0]);
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

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }
}
