package org.peersupport.portal.mentoring;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time someone is usually free, every week, in their own time zone: "Tuesdays 18:00–20:00".
 * An end of 00:00 means midnight at the end of the day.
 */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklySlot {
        Objects.requireNonNull(day);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new IllegalArgumentException("A slot ends after it starts: " + start + "–" + end);
        }
    }

    public long minutes() {
        long endMinute = end.equals(LocalTime.MIDNIGHT) ? 24 * 60 : end.toSecondOfDay() / 60;
        return endMinute - start.toSecondOfDay() / 60;
    }

    /** "TUE 18:00-20:00", the stored form. */
    public String format() {
        return day.name().substring(0, 3) + " " + start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }

    public static WeeklySlot parse(String text) {
        String[] parts = text.strip().split("[ -]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a weekly slot: " + text);
        }
        DayOfWeek day = dayOf(parts[0]);
        LocalTime end = "24:00".equals(parts[2]) ? LocalTime.MIDNIGHT : LocalTime.parse(parts[2]);
        return new WeeklySlot(day, LocalTime.parse(parts[1]), end);
    }

    private static DayOfWeek dayOf(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation.toUpperCase(java.util.Locale.ROOT)) && abbreviation.length() == 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("Not a day: " + abbreviation);
    }
}
