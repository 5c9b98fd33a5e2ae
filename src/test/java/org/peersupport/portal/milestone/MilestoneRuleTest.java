package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MilestoneRuleTest {

    private final MemberProgress progress = new MemberProgress(Map.of(ProgressKind.SESSION_ATTENDED, 5, ProgressKind.WORKSHOP_ATTENDED, 1,
            ProgressKind.PROGRAMME_COMPLETED, 1), new WeeklyStreak(3, 2));

    @Test
    void eachCountingRuleMeasuresItsOwnKindOfStep() {
        assertThat(progress.reaches(MilestoneRule.SESSIONS_ATTENDED, 5)).isTrue();
        assertThat(progress.reaches(MilestoneRule.SESSIONS_ATTENDED, 6)).isFalse();
        assertThat(progress.reaches(MilestoneRule.WORKSHOPS_ATTENDED, 1)).isTrue();
        assertThat(progress.reaches(MilestoneRule.WORKSHOPS_ATTENDED, 2)).isFalse();
        assertThat(progress.reaches(MilestoneRule.PROGRAMME_COMPLETED, 1)).isTrue();
        assertThat(progress.reaches(MilestoneRule.MENTORSHIP_CONCLUDED, 1)).isFalse();
        assertThat(progress.reaches(MilestoneRule.MENTOR_TRAINING_COMPLETED, 1)).isFalse();
    }

    @Test
    void aStreakRuleMeasuresTheLongestRunOfWeeksNotTheSessions() {
        assertThat(MilestoneRule.WEEKLY_STREAK.measure(progress)).isEqualTo(3);
        assertThat(progress.reaches(MilestoneRule.WEEKLY_STREAK, 3)).isTrue();
        assertThat(progress.reaches(MilestoneRule.WEEKLY_STREAK, 4)).isFalse();
    }

    @Test
    void aMilestoneGivenByHandIsNeverReachedByProgress() {
        assertThat(progress.reaches(MilestoneRule.BY_HAND, 1)).isFalse();
        assertThat(MilestoneRule.BY_HAND.isAutomatic()).isFalse();
    }

    @Test
    void rulesReachedOnceStoreAThresholdOfOne() {
        MilestoneDefinitionDetails typed = new MilestoneDefinitionDetails(" Programme done ", "Finished a programme", MilestoneIcon.PATH,
                MilestoneRule.PROGRAMME_COMPLETED, 7);
        assertThat(typed.normalised().threshold()).isEqualTo(1);
        assertThat(typed.normalised().name()).isEqualTo("Programme done");
        MilestoneDefinitionDetails counted = new MilestoneDefinitionDetails("Five", "Five sessions", MilestoneIcon.STAR,
                MilestoneRule.SESSIONS_ATTENDED, 5);
        assertThat(counted.normalised().threshold()).isEqualTo(5);
    }
}
