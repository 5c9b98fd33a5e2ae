package org.peersupport.portal.mentoring;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When someone is usually free each week, in their own time zone. Stored as one text column
 * ("MON 18:00-20:00;SAT 10:00-12:00") through {@link WeeklyAvailabilityConverter}.
 */
public record WeeklyAvailability(List<WeeklySlot> slots) {

    public static final WeeklyAvailability NONE = new WeeklyAvailability(List.of());

    public WeeklyAvailability {
        slots = List.copyOf(slots);
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    public long totalMinutes() {
        return slots.stream().mapToLong(WeeklySlot::minutes).sum();
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
