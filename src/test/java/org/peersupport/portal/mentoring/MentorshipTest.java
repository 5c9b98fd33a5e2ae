package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void onlyTheTwoTakePartAndEitherMayEndItOnce() {
        Mentorship mentorship = new Mentorship(1, 2, null, NOW);
        assertThat(mentorship.hasParticipant(1)).isTrue();
        assertThat(mentorship.hasParticipant(3)).isFalse();
        assertThat(mentorship.otherThan(2)).isEqualTo(1);
        assertThatThrownBy(() -> mentorship.sideOf(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mentorship.end(3, Mentorship.EndKind.COMPLETED, null, NOW)).isInstanceOf(IllegalArgumentException.class);

        mentorship.end(2, Mentorship.EndKind.BLOCKED, "  felt unsafe  ", NOW.plusSeconds(60));
        assertThat(mentorship.isActive()).isFalse();
        assertThat(mentorship.getEndReason()).isEqualTo("felt unsafe");
        assertThatThrownBy(() -> mentorship.end(1, Mentorship.EndKind.COMPLETED, null, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nobodyMentorsThemselves() {
        assertThatThrownBy(() -> new Mentorship(5, 5, null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckInIsDueTwoWeeksAfterTheStartOrTheLastOne() {
        Mentorship mentorship = new Mentorship(1, 2, null, NOW);
        assertThat(mentorship.checkInDueAfter(null)).isEqualTo(NOW.plus(Duration.ofDays(14)));
        Instant last = NOW.plus(Duration.ofDays(20));
        assertThat(mentorship.checkInDueAfter(last)).isEqualTo(last.plus(Duration.ofDays(14)));
    }

    @Test
    void aCheckInRatingIsOneToFive() {
        assertThatThrownBy(() -> new MentorshipCheckIn(1, 1, MentorshipCheckIn.Kind.CHECK_IN, 0, "", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MentorshipCheckIn(1, 1, MentorshipCheckIn.Kind.CHECK_IN, 6, "", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MentorshipCheckIn(1, 1, MentorshipCheckIn.Kind.CLOSING, 5, " thanks ", NOW).getNote()).isEqualTo("thanks");
    }
}
