package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentorProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aProposalIsPublishedOfferedAndAnsweredInOrder() {
        MentorProposal proposal = new MentorProposal(1, 2, 3, 1, 80, "mentoring.reason.language|en", NOW);
        assertThatThrownBy(() -> proposal.offer(NOW)).isInstanceOf(IllegalStateException.class);
        proposal.publish(NOW);
        assertThat(proposal.getAnswerBy()).isEqualTo(NOW.plus(MentorProposal.ANSWER_WITHIN));
        proposal.offer(NOW.plusSeconds(3600));
        assertThat(proposal.getAnswerBy()).as("the mentor gets their own three days")
                .isEqualTo(NOW.plusSeconds(3600).plus(MentorProposal.ANSWER_WITHIN));
        proposal.accept(NOW.plusSeconds(7200));
        assertThat(proposal.getStatus()).isEqualTo(MentorProposal.Status.ACCEPTED);
        assertThatThrownBy(() -> proposal.decline(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOfferIsOverdueOnlyOnceItsThreeDaysHavePassed() {
        MentorProposal proposal = new MentorProposal(1, 2, 3, 1, 80, "", NOW);
        proposal.publish(NOW);
        proposal.offer(NOW);
        assertThat(proposal.isOverdueAt(NOW.plus(MentorProposal.ANSWER_WITHIN).minusSeconds(1))).isFalse();
        assertThat(proposal.isOverdueAt(NOW.plus(MentorProposal.ANSWER_WITHIN))).isTrue();
        proposal.expire(NOW.plus(MentorProposal.ANSWER_WITHIN));
        assertThat(proposal.isOverdueAt(NOW.plus(MentorProposal.ANSWER_WITHIN).plusSeconds(60))).isFalse();
    }

    @Test
    void onlyADraftIsOverriddenAndWithdrawingLeavesAnsweredProposalsAlone() {
        MentorProposal draft = new MentorProposal(1, 2, 3, 1, 80, "", NOW);
        draft.overrideWith(9, 70, "x");
        assertThat(draft.getMentorId()).isEqualTo(9);
        assertThat(draft.isOverridden()).isTrue();
        draft.publish(NOW);
        assertThatThrownBy(() -> draft.overrideWith(10, 1, "")).isInstanceOf(IllegalStateException.class);
        draft.offer(NOW);
        draft.decline(NOW);
        draft.withdraw(NOW);
        assertThat(draft.getStatus()).isEqualTo(MentorProposal.Status.DECLINED);
    }
}
