package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentorProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void anApplicationIsDecidedOnceAndAChangedOneGoesBackToTheCoordinators() {
        MentorProfile profile = new MentorProfile(7, application(), "2026-11", NOW);
        assertThat(profile.getStatus()).isEqualTo(MentorProfile.Status.SUBMITTED);
        profile.askForChanges(1, "More about boundaries, please.", NOW);
        assertThat(profile.getStatus()).isEqualTo(MentorProfile.Status.CHANGES_REQUESTED);
        assertThatThrownBy(() -> profile.approve(1, NOW)).isInstanceOf(IllegalStateException.class);

        profile.resubmit(application(), "2026-11", NOW.plusSeconds(60));
        assertThat(profile.getStatus()).isEqualTo(MentorProfile.Status.SUBMITTED);
        profile.approve(1, NOW.plusSeconds(120));
        assertThat(profile.isTakingMentees()).isTrue();

        profile.resubmit(application(), "2026-11", NOW.plusSeconds(180));
        assertThat(profile.getStatus()).as("an approved mentor who edits stays approved").isEqualTo(MentorProfile.Status.APPROVED);
    }

    @Test
    void onlyAnApprovedMentorPausesAndAPausedOneTakesNobodyNew() {
        MentorProfile profile = new MentorProfile(7, application(), "2026-11", NOW);
        assertThatThrownBy(profile::pause).isInstanceOf(IllegalStateException.class);
        profile.approve(1, NOW);
        profile.pause();
        assertThat(profile.isTakingMentees()).isFalse();
        profile.resume();
        assertThat(profile.isTakingMentees()).isTrue();
    }

    @Test
    void aDeclinedApplicationKeepsTheNoteAndCanBeSentAgain() {
        MentorProfile profile = new MentorProfile(7, application(), "2026-11", NOW);
        profile.decline(1, "  Not yet: please apply again after a few months of stability.  ", NOW);
        assertThat(profile.getCoordinatorNote()).isEqualTo("Not yet: please apply again after a few months of stability.");
        profile.resubmit(application(), "2026-11", NOW.plusSeconds(10));
        assertThat(profile.getStatus()).isEqualTo(MentorProfile.Status.SUBMITTED);
        assertThat(profile.toApplication().areas()).containsExactly(ExperienceArea.GRIEF);
    }

    private static MentorApplication application() {
        return new MentorApplication(Set.of(ExperienceArea.GRIEF), "", Set.of("en"), ZoneId.of("Europe/London"),
                new WeeklyAvailability(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)))),
                2, null, null, "I lost my brother and found my way back slowly; I listen and share what helped me.", true);
    }
}
