package org.peersupport.portal.curriculum.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceCountsTest {

    @Test
    void ratesAreOverMarkedAndAnExcuseIsNoNoShow() {
        AttendanceCounts counts = AttendanceCounts.of(List.of(AttendanceMark.PRESENT, AttendanceMark.PRESENT, AttendanceMark.LATE,
                AttendanceMark.EXCUSED, AttendanceMark.ABSENT));
        assertThat(counts).isEqualTo(new AttendanceCounts(2, 1, 1, 1));
        assertThat(counts.marked()).isEqualTo(5);
        assertThat(counts.attendanceRate().getAsDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(counts.noShowRate().getAsDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(counts.count(AttendanceMark.EXCUSED)).isEqualTo(1);
    }

    @Test
    void nothingMarkedHasNoRates() {
        assertThat(AttendanceCounts.NONE.attendanceRate()).isEmpty();
        assertThat(AttendanceCounts.of(List.of()).noShowRate()).isEmpty();
    }

    @Test
    void completionNeedsThreeQuartersRoundedUpOnceTheLastSessionHasStarted() {
        assertThat(CompletionRule.sessionsNeeded(8)).isEqualTo(6);
        assertThat(CompletionRule.sessionsNeeded(4)).isEqualTo(3);
        assertThat(CompletionRule.sessionsNeeded(3)).isEqualTo(3);
        assertThat(CompletionRule.sessionsNeeded(2)).isEqualTo(2);
        assertThat(CompletionRule.sessionsNeeded(1)).isEqualTo(1);
        assertThat(CompletionRule.completes(6, 8, true)).isTrue();
        assertThat(CompletionRule.completes(5, 8, true)).isFalse();
        assertThat(CompletionRule.completes(8, 8, false)).as("not before the last session").isFalse();
        assertThat(CompletionRule.completes(0, 0, true)).isFalse();
    }
}
