package org.peersupport.portal.forum;

/**
 * What happened to a post, fired inside the transaction that did it, so observers (moderation's
 * queue and trust levels) change in step with it.
 */
public record PostEvent(Type type, long postId, long authorId, String reasonKey) {

    public enum Type {
        /** Readable for the first time (published at once, or approved from the queue). */
        PUBLISHED,
        /** Held by the moderation check before anyone but staff sees it. */
        HELD,
        /** Hidden because its flags reached the threshold. */
        HIDDEN_BY_FLAGS,
        /** Taken down by a moderator after review. */
        REMOVED
    }
}
