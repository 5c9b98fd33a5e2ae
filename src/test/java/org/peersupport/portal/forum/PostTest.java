package org.peersupport.portal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void anEditKeepsTheOldTextAndRendersTheNewOneSafely() {
        Post post = new Post(1, 2, false, "First *version*", null, false, null, NOW);
        PostRevision old = post.edit("Second <script>x()</script>", ContentWarning.GRIEF, 3, NOW.plusSeconds(5));
        assertThat(old.getBody()).isEqualTo("First *version*");
        assertThat(old.getReplacedBy()).isEqualTo(3);
        assertThat(post.getBodyHtml()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(post.getContentWarning()).isEqualTo(ContentWarning.GRIEF);
        assertThat(post.getEditedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void onlyTheFlagThatCrossesTheThresholdReportsIt() {
        Post post = new Post(1, 2, false, "text", null, false, null, NOW);
        assertThat(post.flaggedWith(1.0, 2.0)).isFalse();
        assertThat(post.flaggedWith(1.0, 2.0)).isTrue();
        assertThat(post.flaggedWith(1.0, 2.0)).as("already over").isFalse();
    }

    @Test
    void othersSeeOnlyPublishedOrDeletedPostsWhileAuthorAndStaffSeeAll() {
        Post post = new Post(1, 2, false, "text", null, false, null, NOW);
        assertThat(post.isReadableBy(9, false)).as("held").isFalse();
        assertThat(post.isReadableBy(2, false)).as("author").isTrue();
        assertThat(post.isReadableBy(9, true)).as("staff").isTrue();
        post.publish();
        assertThat(post.isReadableBy(9, false)).isTrue();
        post.hide("reason");
        assertThat(post.isReadableBy(9, false)).isFalse();
    }

    @Test
    void aFlagForAnotherReasonNeedsANote() {
        assertThatThrownBy(() -> new PostFlag(1, 2, FlagReason.OTHER, " ", 1.0, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PostFlag(1, 2, FlagReason.SPAM, null, 1.0, NOW).getOutcome()).isEqualTo(PostFlag.Outcome.OPEN);
    }
}
