package org.peersupport.portal.moderation;

/**
 * A screened text once stored, for {@link TextScreening#settle}: where it is, who wrote it, whether it
 * now waits held or is readable, and where staff read it.
 *
 * @param inReviewQueue held and flagged texts wait in moderation's review queue (posts); otherwise the
 *        source keeps its own list of concerns (the chat's reports) and only the alerts come from here
 * @param reviewLink where staff decide on a held text
 * @param readLink where staff read the text when asked to look soon
 */
public record StoredText(String source, long id, long writerId, boolean held, boolean visible, boolean inReviewQueue,
        String reviewLink, String readLink) {

    /** A forum post, held, readable, or neither (an edit of a post already out of view). */
    public static StoredText forumPost(long postId, long authorId, boolean held, boolean visible, String readLink) {
        return new StoredText(ModerationService.SOURCE_FORUM_POST, postId, authorId, held, visible, true,
                "/moderation/queue.xhtml", readLink);
    }

    /** A text whose source keeps its own concerns (a chat message): read and reviewed at {@code reviewLink}. */
    public static StoredText keptBySource(String source, long id, long writerId, boolean held, String reviewLink) {
        return new StoredText(source, id, writerId, held, !held, false, reviewLink, reviewLink);
    }
}
