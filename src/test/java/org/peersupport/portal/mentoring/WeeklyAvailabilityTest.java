package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.mentoring.web.DayPart;

class WeeklyAvailabilityTest {

    @Test
    void slotsAreStoredAsTextAndReadBack() {
        WeeklyAvailability availability = new WeeklyAvailability(List.of(
                new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 30)),
                new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(21, 0), LocalTime.MIDNIGHT)));
        assertThat(availability.format()).isEqualTo("TUE 18:00-20:30;SUN 21:00-24:00");
        assertThat(WeeklyAvailability.parse(availability.format())).isEqualTo(availability);
        assertThat(availability.totalMinutes()).isEqualTo(150 + 180);
        assertThat(WeeklyAvailability.parse("")).isEqualTo(WeeklyAvailability.NONE);
    }

    @Test
    void aSlotEndsAfterItStarts() {
        assertThatThrownBy(() -> new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySlot.parse("XYZ 10:00-11:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormsGridBecomesSlotsAndBackAgain() {
        WeeklyAvailability availability = DayPart.toAvailability(List.of("MONDAY EVENING", "SATURDAY LATE"));
        assertThat(availability.format()).isEqualTo("MON 17:00-21:00;SAT 21:00-24:00");
        assertThat(DayPart.cellsOf(availability)).containsExactlyInAnyOrder("MONDAY EVENING", "SATURDAY LATE");
    }
}
