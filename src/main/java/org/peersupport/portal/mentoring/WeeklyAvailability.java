package org.peersupport.portal.mentoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When someone is usually free each week, in their own time zone. Stored as one text column
 * ("MON 18:00-20:00;SAT 10:00-12:00") through {@link WeeklyAvailabilityConverter}.
 */
public record WeeklyAvailability(List<WeeklySlot> slots) {

    public static final WeeklyAvailability NONE = new WeeklyAvailability(List.of());

    private static final long WEEK_SECONDS = 7 * 24 * 3600;

    public WeeklyAvailability {
        slots = List.copyOf(slots);
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    public long totalMinutes() {
        return slots.stream().mapToLong(WeeklySlot::minutes).sum();
    }

    /**
     * How long this person (in {@code zone}) and another (in {@code otherZone}) are both free in the
     * real week {@code [weekStart, weekStart + 7 days)}: both sides' slots become instants with that
     * week's offsets, so a daylight-saving change in either zone counts.
     */
    public Duration overlap(ZoneId zone, WeeklyAvailability other, ZoneId otherZone, Instant weekStart) {
        return Duration.ofSeconds(overlapSeconds(secondsInWeek(zone, weekStart), other.secondsInWeek(otherZone, weekStart)));
    }

    /**
     * The slots as real time in the week {@code [weekStart, weekStart + 7 days)}: sorted, disjoint
     * {@code [from, to)} pairs of seconds after {@code weekStart}, flattened ({@code from0, to0, from1, ...}).
     * A slot that the week's edge cuts counts with the part inside, so a weekly pattern keeps its length.
     */
    public int[] secondsInWeek(ZoneId zone, Instant weekStart) {
        long weekFrom = weekStart.getEpochSecond();
        long weekTo = weekFrom + WEEK_SECONDS;
        // One day either side: a slot on the local day before the week may reach into it, and the reverse.
        LocalDate firstDay = LocalDate.ofInstant(weekStart, zone).minusDays(1);
        LocalDate lastDay = LocalDate.ofInstant(Instant.ofEpochSecond(weekTo), zone).plusDays(1);
        List<long[]> pieces = new ArrayList<>();
        for (WeeklySlot slot : slots) {
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                if (day.getDayOfWeek() != slot.day()) {
                    continue;
                }
                long from = Math.max(weekFrom, ZonedDateTime.of(day, slot.start(), zone).toEpochSecond());
                long to = Math.min(weekTo, slot.end().equals(LocalTime.MIDNIGHT)
                        ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toEpochSecond()
                        : ZonedDateTime.of(day, slot.end(), zone).toEpochSecond());
                if (to > from) {
                    pieces.add(new long[] {from - weekFrom, to - weekFrom});
                }
            }
        }
        pieces.sort(Comparator.comparingLong(piece -> piece[0]));
        int[] merged = new int[pieces.size() * 2];
        int length = 0;
        for (long[] piece : pieces) {
            if (length > 0 && piece[0] <= merged[length - 1]) {
                merged[length - 1] = (int) Math.max(merged[length - 1], piece[1]);
            } else {
                merged[length++] = (int) piece[0];
                merged[length++] = (int) piece[1];
            }
        }
        return Arrays.copyOf(merged, length);
    }

    /** Seconds shared by two results of {@link #secondsInWeek}. */
    public static long overlapSeconds(int[] some, int[] others) {
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < some.length && j < others.length) {
            int from = Math.max(some[i], others[j]);
            int to = Math.min(some[i + 1], others[j + 1]);
            if (to > from) {
                shared += to - from;
            }
            if (some[i + 1] < others[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return shared;
    }

    public String format() {
        return slots.stream().map(WeeklySlot::format).collect(Collectors.joining(";"));
    }

    public static WeeklyAvailability parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return new WeeklyAvailability(Arrays.stream(text.split(";")).filter(s -> !s.isBlank()).map(WeeklySlot::parse).toList());
    }
}
