package org.peersupport.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.shared.policy.PolicyDocument;
import org.peersupport.portal.shared.policy.PolicyFileException;

/** The reviewed policy file as the portal reads it, and the trust rules built on it. */
class TrustPolicyTest {

    private static TrustPolicy reviewedPolicy() throws IOException {
        return read(Files.readString(Path.of("moderation-policies", ModerationPolicies.TRUST_LEVELS)));
    }

    private static TrustPolicy read(String yaml) {
        return TrustPolicy.read(PolicyDocument.parse(ModerationPolicies.TRUST_LEVELS, yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String yaml, int line, String reason) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PolicyFileException.class, e -> {
            assertThat(e.file()).isEqualTo(ModerationPolicies.TRUST_LEVELS);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
        });
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
    void aBrokenFileIsRefusedWithItsFigureAndLineNamed() throws IOException {
        assertRefused("new-members:\n  held-posts: three\n", 2, "held-posts");
        String reviewed = Files.readString(Path.of("moderation-policies", ModerationPolicies.TRUST_LEVELS));
        int hideAt = lineOf(reviewed, "  hide-at-weight:");
        assertRefused(reviewed.replace("hide-at-weight: 2.0", "hide-at-weight: high"), hideAt, "flags.hide-at-weight");
        assertRefused(reviewed.replace("    approved-posts: 3\n", ""), lineOf(reviewed, "  1:"), "'approved-posts' is missing");
        assertRefused(reviewed.replace("read-minutes: 60", "reading-minutes: 60"), lineOf(reviewed, "    read-minutes: 60"),
                "unknown key 'reading-minutes'");
        assertRefused(reviewed.replace("    0: 30\n", ""), lineOf(reviewed, "  seconds-between-posts:"), "level 0");
        assertRefused(reviewed.replace("images: false", "images: no thanks"), lineOf(reviewed, "  images:"), "true or false");
        assertRefused("new-members: [\n", 2, "not valid YAML");
    }

    /** The 1-based line that starts with {@code start} (indentation included). */
    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in the file");
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
