package org.peersupport.portal.mentoring.matching;

import java.util.Optional;
import java.util.function.Function;
import org.peersupport.portal.mentoring.ExperienceArea;

/**
 * Points per score component; the assigner maximises the sum over all pairs. A pair's score is
 * <pre>
 * base                                         (any pair with a shared language)
 * + sharedArea  × experience areas in common
 * + overlapHour × whole hours both are free in the week (at most {@value #MAX_OVERLAP_HOURS})
 * + gender      if the mentor's gender is the one the mentee asked for
 * + age         if the mentor's age band is in the range the mentee asked for
 * + freePlace   × the mentor's free places (at most {@value #MAX_FREE_PLACES_COUNTED}), to spread the load
 * </pre>
 * Configuration keys ({@link #fromConfig}), each an integer from 0 to {@value #MAX_WEIGHT}; a missing
 * key keeps its default:
 * <ul>
 * <li>{@code portal.matching.weight.base} (default 10, at least 1 so every compatible pair scores above 0)</li>
 * <li>{@code portal.matching.weight.shared-area} (6)</li>
 * <li>{@code portal.matching.weight.overlap-hour} (2)</li>
 * <li>{@code portal.matching.weight.gender} (5)</li>
 * <li>{@code portal.matching.weight.age} (3)</li>
 * <li>{@code portal.matching.weight.free-place} (1)</li>
 * </ul>
 * The upper bound keeps every score within a {@code short}, which the assigner stores per pair.
 */
public record MatchWeights(int base, int sharedArea, int overlapHour, int gender, int age, int freePlace) {

    public static final int MAX_WEIGHT = 1000;
    public static final int MAX_OVERLAP_HOURS = 6;
    public static final int MAX_FREE_PLACES_COUNTED = 4;

    public static final String PREFIX = "portal.matching.weight.";
    public static final String BASE = PREFIX + "base";
    public static final String SHARED_AREA = PREFIX + "shared-area";
    public static final String OVERLAP_HOUR = PREFIX + "overlap-hour";
    public static final String GENDER = PREFIX + "gender";
    public static final String AGE = PREFIX + "age";
    public static final String FREE_PLACE = PREFIX + "free-place";

    public MatchWeights {
        check(BASE, base);
        check(SHARED_AREA, sharedArea);
        check(OVERLAP_HOUR, overlapHour);
        check(GENDER, gender);
        check(AGE, age);
        check(FREE_PLACE, freePlace);
        if (base < 1) {
            throw new IllegalArgumentException(BASE + " must be at least 1, so that every compatible pair scores above 0");
        }
    }

    public static MatchWeights defaults() {
        return new MatchWeights(10, 6, 2, 5, 3, 1);
    }

    /** Weights from configuration ({@code lookup} answers a key), defaults for missing keys. */
    public static MatchWeights fromConfig(Function<String, Optional<String>> lookup) {
        MatchWeights defaults = defaults();
        return new MatchWeights(
                read(lookup, BASE, defaults.base()),
                read(lookup, SHARED_AREA, defaults.sharedArea()),
                read(lookup, OVERLAP_HOUR, defaults.overlapHour()),
                read(lookup, GENDER, defaults.gender()),
                read(lookup, AGE, defaults.age()),
                read(lookup, FREE_PLACE, defaults.freePlace()));
    }

    /** The highest score any pair can reach with these weights. */
    public int maxScore() {
        return base + sharedArea * ExperienceArea.values().length
                + overlapHour * MAX_OVERLAP_HOURS + gender + age + freePlace * MAX_FREE_PLACES_COUNTED;
    }

    private static int read(Function<String, Optional<String>> lookup, String key, int fallback) {
        Optional<String> value = lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            // A typo in a weight should stop the matcher, not quietly change who meets whom.
            throw new IllegalArgumentException(key + " is not a whole number: " + value.get(), e);
        }
    }

    private static void check(String key, int weight) {
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException(key + " must be between 0 and " + MAX_WEIGHT + ": " + weight);
        }
    }
}
