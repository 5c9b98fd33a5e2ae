package org.peersupport.portal.curriculum.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.ABSENT;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.EXCUSED;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.PRESENT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.curriculum.progress.DropoutRisk.Reason;

class DropoutRiskTest {

    private static final List<Long> HELD = List.of(1L, 2L, 3L);
    private static final Set<Long> ALL_MARKED = Set.of(1L, 2L, 3L);

    @Test
    void twoAbsencesInARowAtTheLastMarkedSessionsAreARisk() {
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(1L, PRESENT, 2L, ABSENT, 3L, ABSENT), Set.of(2L)))
                .containsExactly(Reason.ABSENT_TWICE);
    }

    @Test
    void anExcuseOrAnAttendanceBreaksTheRun() {
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(1L, ABSENT, 2L, EXCUSED, 3L, ABSENT), Set.of(3L))).isEmpty();
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(1L, ABSENT, 2L, ABSENT, 3L, PRESENT), Set.of(3L))).isEmpty();
    }

    @Test
    void aSessionWhereNobodyWasMarkedYetIsSkipped() {
        assertThat(DropoutRisk.of(HELD, Set.of(1L, 2L), Map.of(1L, ABSENT, 2L, ABSENT), Set.of(3L)))
                .containsExactly(Reason.ABSENT_TWICE);
    }

    @Test
    void homeworkMissedForBothOfTheLastTwoHeldSessions() {
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(1L, PRESENT, 2L, PRESENT, 3L, PRESENT), Set.of(1L)))
                .containsExactly(Reason.HOMEWORK_MISSED);
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(1L, PRESENT, 2L, PRESENT, 3L, PRESENT), Set.of(2L))).isEmpty();
    }

    @Test
    void bothReasonsAtOnce() {
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(2L, ABSENT, 3L, ABSENT), Set.of()))
                .containsExactlyInAnyOrder(Reason.ABSENT_TWICE, Reason.HOMEWORK_MISSED);
    }

    @Test
    void noRiskBeforeTwoSessionsHaveBeenHeld() {
        assertThat(DropoutRisk.of(List.of(1L), Set.of(1L), Map.of(1L, ABSENT), Set.of())).isEmpty();
        assertThat(DropoutRisk.of(List.of(), Set.of(), Map.of(), Set.of())).isEmpty();
    }

    @Test
    void unmarkedMembersAreNotCountedAbsent() {
        assertThat(DropoutRisk.of(HELD, ALL_MARKED, Map.of(), Set.of(2L, 3L))).isEmpty();
    }
}
