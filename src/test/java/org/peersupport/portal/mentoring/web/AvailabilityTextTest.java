package org.peersupport.portal.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

class AvailabilityTextTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aSlotReadsAsTheDayInWordsAndItsHours() {
        WeeklyAvailability friday = WeeklyAvailability.parse("FRI 18:00-21:00");
        assertThat(AvailabilityText.format(friday, Locale.ENGLISH)).isEqualTo("Friday 18:00–21:00");
        assertThat(AvailabilityText.format(friday, SPANISH)).isEqualTo("viernes 18:00–21:00");
    }

    @Test
    void daysRunFromMondayAndTouchingTimesOfADayAreJoined() {
        // As the grid stores it: morning and afternoon of one day are two slots that touch.
        WeeklyAvailability week = DayPart.toAvailability(List.of("SUNDAY LATE", "MONDAY AFTERNOON", "MONDAY MORNING", "WEDNESDAY EVENING",
                "MONDAY LATE"));
        assertThat(AvailabilityText.format(week, Locale.ENGLISH))
                .isEqualTo("Monday 08:00–17:00, 21:00–24:00; Wednesday 17:00–21:00; Sunday 21:00–24:00");
        assertThat(AvailabilityText.format(week, SPANISH))
                .isEqualTo("lunes 08:00–17:00, 21:00–24:00; miércoles 17:00–21:00; domingo 21:00–24:00");
    }

    @Test
    void minutesAreKeptAndNothingReadsAsNothing() {
        WeeklyAvailability halfPast = new WeeklyAvailability(List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(18, 30), LocalTime.of(20, 15))));
        assertThat(AvailabilityText.format(halfPast, Locale.ENGLISH)).isEqualTo("Tuesday 18:30–20:15");
        assertThat(AvailabilityText.format(WeeklyAvailability.NONE, Locale.ENGLISH)).isEmpty();
        assertThat(AvailabilityText.format(null, SPANISH)).isEmpty();
    }
}
