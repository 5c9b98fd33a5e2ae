package org.peersupport.portal.moderation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.shared.web.SafeHtml;

/**
 * The port through which the review queue reaches the posts it decides on. Moderation defines it and
 * the forum implements it (as {@link ContentRule} works for safety), so moderation never depends on
 * the forum. Decisions run inside the moderator's transaction, with the queue item they resolve.
 */
public interface ReviewedPosts {

    /** Posts of queue items, in context, in a fixed number of queries; ids of posts that no longer exist are left out. */
    Map<Long, PostUnderReview> postsForReview(Collection<Long> postIds);

    /** A moderator approves a held or hidden post (optionally with their edit); flags on it are dismissed. */
    ReviewDecision approve(long moderatorId, long postId, String editedBody);

    /** A moderator takes a post down: hidden (may come back) or rejected. Flags on it are upheld. */
    ReviewDecision remove(long postId, boolean reject, String reason);

    /**
     * A post as moderators see it in the queue: in context, with its flags; the author stays hidden if
     * anonymous. {@code contentWarning} is the name of the forum's warning, or null.
     */
    record PostUnderReview(long postId, long topicId, String topicTitle, String forumName, Long authorId,
            String authorName, boolean anonymous, SafeHtml bodyHtml, String body, String contentWarning,
            List<FlagOnPost> flags) {}

    /** A member's flag as the queue shows it: the reason's name, their note, and the weight it carried. */
    record FlagOnPost(String reason, String note, double weight) {}

    /** Whom a moderator's decision concerns: the author, the topic to link to, and the flaggers to tell. */
    record ReviewDecision(long authorId, long topicId, List<Long> flaggerIds) {}
}
