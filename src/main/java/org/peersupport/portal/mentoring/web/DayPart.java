package org.peersupport.portal.mentoring.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/**
 * The availability grid on the mentoring forms: a person ticks the parts of each day when they are
 * usually free ("MONDAY EVENING"), which becomes weekly slots in their own time zone.
 */
public enum DayPart {
    MORNING(8, 12),
    AFTERNOON(12, 17),
    EVENING(17, 21),
    LATE(21, 24);

    private final int startHour;
    private final int endHour;

    DayPart(int startHour, int endHour) {
        this.startHour = startHour;
        this.endHour = endHour;
    }

    public String getHours() {
        return String.format("%02d–%02d", startHour, endHour);
    }

    /** The grid's ticked cells ("MONDAY EVENING") as weekly slots. */
    public static WeeklyAvailability toAvailability(Collection<String> cells) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (String cell : new TreeSet<>(cells)) {
            String[] parts = cell.split(" ");
            DayPart part = valueOf(parts[1]);
            slots.add(new WeeklySlot(DayOfWeek.valueOf(parts[0]), LocalTime.of(part.startHour, 0),
                    part.endHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(part.endHour, 0)));
        }
        return new WeeklyAvailability(slots);
    }

    /** The cells a stored availability fills, for the form's starting point. */
    public static Set<String> cellsOf(WeeklyAvailability availability) {
        Set<String> cells = new TreeSet<>();
        for (WeeklySlot slot : availability.slots()) {
            for (DayPart part : values()) {
                LocalTime start = LocalTime.of(part.startHour, 0);
                if (!slot.start().isAfter(start) && (slot.end().equals(LocalTime.MIDNIGHT)
                        || part.endHour < 24 && !slot.end().isBefore(LocalTime.of(part.endHour, 0)))) {
                    cells.add(slot.day().name() + " " + part.name());
                }
            }
        }
        return cells;
    }
}
