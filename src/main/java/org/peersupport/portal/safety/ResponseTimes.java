package org.peersupport.portal.safety;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How long people waited for a moderator, as a set of durations with percentiles by the
 * nearest-rank method: with the n durations sorted from shortest to longest, the p-th percentile is
 * the one at rank ⌈p × n / 100⌉ (counting from 1). It is always a wait someone really had, never an
 * average of two: the median of 2, 4, 10 and 75 minutes is 4 (rank 2), their 90th percentile 75
 * (rank ⌈3.6⌉ = 4). Without durations there is no percentile at all, rather than a misleading zero.
 */
public final class ResponseTimes {

    private static final ResponseTimes NONE = new ResponseTimes(List.of());

    private final List<Duration> sorted;

    private ResponseTimes(List<Duration> sorted) {
        this.sorted = sorted;
    }

    public static ResponseTimes of(Collection<Duration> durations) {
        if (durations.stream().anyMatch(d -> d.isNegative())) {
            throw new IllegalArgumentException("A wait cannot be negative: " + durations);
        }
        return durations.isEmpty() ? NONE : new ResponseTimes(durations.stream().sorted().toList());
    }

    public static ResponseTimes none() {
        return NONE;
    }

    /** How many waits the percentiles are taken over. */
    public int count() {
        return sorted.size();
    }

    public boolean isEmpty() {
        return sorted.isEmpty();
    }

    /** The p-th percentile (1 to 100) by nearest rank; empty when there are no durations. */
    public Optional<Duration> percentile(int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("A percentile is from 1 to 100, not " + p);
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (p * sorted.size() + 99) / 100; // ⌈p × n / 100⌉ in whole numbers
        return Optional.of(sorted.get(rank - 1));
    }

    /** The 50th percentile by nearest rank: for an even count, the lower of the two middle waits. */
    public Optional<Duration> median() {
        return percentile(50);
    }

    public Optional<Duration> p90() {
        return percentile(90);
    }

    @Override
    public String toString() {
        return "ResponseTimes" + sorted;
    }
}
