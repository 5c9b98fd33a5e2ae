package org.peersupport.portal.milestone;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Weeks in a row with at least one group session attended. Weeks run Monday to Sunday in the
 * member's time zone. The current streak still counts while this week has no session yet: the
 * member has until Sunday to keep it.
 */
public record WeeklyStreak(int longestWeeks, int currentWeeks) {

    public static WeeklyStreak of(Collection<Instant> attended, ZoneId zone, LocalDate today) {
        TreeSet<LocalDate> weeks = new TreeSet<>();
        for (Instant at : attended) {
            weeks.add(mondayOf(at.atZone(zone).toLocalDate()));
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate week : weeks) {
            run = previous != null && ChronoUnit.WEEKS.between(previous, week) == 1 ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = week;
        }
        LocalDate thisWeek = mondayOf(today);
        boolean alive = previous != null && (previous.equals(thisWeek) || previous.equals(thisWeek.minusWeeks(1)));
        return new WeeklyStreak(longest, alive ? run : 0);
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
