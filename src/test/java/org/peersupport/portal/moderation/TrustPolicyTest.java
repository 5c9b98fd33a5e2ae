package org.peersupport.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The reviewed policy file as the portal reads it, and the trust rules built on it. */
class TrustPolicyTest {

    private static TrustPolicy reviewedPolicy() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("moderation-policies", ModerationPolicies.TRUST_LEVELS))) {
            return new TrustPolicy(ModerationPolicies.parse(in));
        }
    }

    @Test
    void theReviewedFileSaysWhatNewMembersMayDo() throws IOException {
        TrustPolicy policy = reviewedPolicy();
        assertThat(policy.heldPosts()).isEqualTo(3);
        assertThat(policy.maxLinks()).isEqualTo(2);
        assertThat(policy.imagesAllowed()).isFalse();
        assertThat(policy.firstDay()).isEqualTo(Duration.ofHours(24));
        assertThat(policy.firstDayTopics()).isEqualTo(3);
        assertThat(policy.firstDayReplies()).isEqualTo(10);
        assertThat(policy.minimumGapBetweenPosts(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.minimumGapBetweenPosts(7)).as("levels above the last listed use the last").isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void membersClimbLevelsInOrderAndOnlyWhenEveryFigureIsReached() throws IOException {
        TrustPolicy policy = reviewedPolicy();
        assertThat(policy.levelFor(10 * 60, 2, 3, 0)).isEqualTo(1);
        assertThat(policy.levelFor(10 * 60 - 1, 2, 3, 0)).as("a second short of reading").isZero();
        assertThat(policy.levelFor(3600, 7, 15, 0)).isEqualTo(2);
        assertThat(policy.levelFor(3600, 7, 2, 0)).as("level 2's reading, too few approved posts").isZero();
        assertThat(policy.levelFor(3600, 7, 15, 1)).as("a post removed after flags stops promotion").isZero();
    }

    @Test
    void aFlagWeighsTheFlaggersLevelTimesTheirAccuracy() throws IOException {
        TrustPolicy policy = reviewedPolicy();
        assertThat(policy.flagWeight(0, 0, 0, false)).isCloseTo(0.5, within(1e-9));
        assertThat(policy.flagWeight(1, 0, 0, false)).isCloseTo(1.0, within(1e-9));
        assertThat(policy.flagWeight(1, 8, 0, false)).as("a good record").isCloseTo(1.0 * (0.5 + 9.0 / 10.0), within(1e-9));
        assertThat(policy.flagWeight(1, 0, 8, false)).as("mostly dismissed").isCloseTo(1.0 * (0.5 + 1.0 / 10.0), within(1e-9));
        assertThat(policy.flagWeight(0, 0, 0, true)).as("staff").isEqualTo(policy.hideAtWeight());
    }

    @Test
    void aBrokenFileIsRefusedWithItsMissingFigureNamed() {
        String broken = "new-members:\n  held-posts: three\n";
        assertThatThrownBy(() -> new TrustPolicy(ModerationPolicies.parse(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held-posts");
    }

    @Test
    void approvedPostsAloneDoNotPromoteAMemberWhoHasNotReadOrVisited() throws IOException {
        TrustPolicy policy = reviewedPolicy();
        MemberStanding standing = new MemberStanding(1);
        for (int i = 0; i < 3; i++) {
            standing.postApproved();
        }
        assertThat(standing.isHeldForReview(policy)).as("no longer held after 3 approved posts").isFalse();
        assertThat(standing.promoteUnder(policy)).as("reading time and days visited are still missing").isFalse();
        assertThat(standing.getTrustLevel()).isZero();
    }

    @Test
    void aNewMembersFirstPostsAreHeldUntilEnoughAreApproved() throws IOException {
        TrustPolicy policy = reviewedPolicy();
        MemberStanding standing = new MemberStanding(2);
        assertThat(standing.isHeldForReview(policy)).isTrue();
        standing.postApproved();
        standing.postApproved();
        assertThat(standing.isHeldForReview(policy)).isTrue();
        standing.postApproved();
        assertThat(standing.isHeldForReview(policy)).isFalse();
    }
}
