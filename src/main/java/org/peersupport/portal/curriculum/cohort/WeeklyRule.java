package org.peersupport.portal.curriculum.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sessions once a week on one day at one local time, from the first such day on or after the
 * start date. Times are local to the cohort's zone, so 18:00 stays 18:00 across a DST change.
 */
public record WeeklyRule(@NotNull DayOfWeek day, @NotNull LocalTime localTime, @NotNull LocalDate startDate,
        @Min(15) @Max(480) int durationMinutes) {

    public List<Instant> starts(int count, ZoneId zone) {
        LocalDate first = startDate.with(TemporalAdjusters.nextOrSame(day));
        return IntStream.range(0, count)
                .mapToObj(week -> ZonedDateTime.of(first.plusWeeks(week), localTime, zone).toInstant())
                .toList();
    }
}
