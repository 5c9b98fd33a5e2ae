package org.peersupport.portal.mentoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/**
 * Weekly availability in words, in the reader's language: "Monday 08:00–17:00; Friday 18:00–21:00"
 * or "lunes 08:00–17:00; viernes 18:00–21:00" ({@code #{availabilityText.of(profile.availability)}}).
 * The one place availability is written for people; the stored form ("FRI 18:00-21:00") is for
 * the database only. Days run Monday to Sunday; times on one day that touch are joined.
 */
@Named
@ApplicationScoped
public class AvailabilityText {

    public String of(WeeklyAvailability availability) {
        return format(availability, Faces.getLocale());
    }

    public static String format(WeeklyAvailability availability, Locale reader) {
        if (availability == null || availability.isEmpty()) {
            return "";
        }
        Map<DayOfWeek, List<int[]>> byDay = new EnumMap<>(DayOfWeek.class);
        availability.slots().stream().sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::start))
                .forEach(slot -> join(byDay.computeIfAbsent(slot.day(), day -> new ArrayList<>()), minuteOf(slot.start()),
                        slot.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minuteOf(slot.end())));
        return byDay.entrySet().stream()
                .map(day -> day.getKey().getDisplayName(TextStyle.FULL, reader) + " "
                        + day.getValue().stream().map(range -> clock(range[0]) + "–" + clock(range[1])).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static void join(List<int[]> ranges, int from, int to) {
        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && from <= last[1]) {
            last[1] = Math.max(last[1], to);
        } else {
            ranges.add(new int[] {from, to});
        }
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
