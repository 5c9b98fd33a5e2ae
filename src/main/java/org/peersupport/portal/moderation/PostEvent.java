package org.peersupport.portal.moderation;

/**
 * What happened to a post, as moderation wants to hear it: the forum fires it inside the transaction
 * that did it, so moderation's queue and trust levels change in step. Holds, flags by rule and
 * look-soon signals are not told here: they come from {@link TextScreening#settle}.
 */
public record PostEvent(Type type, long postId, long authorId, String reasonKey) {

    public enum Type {
        /** Readable for the first time (published at once, or approved from the queue). */
        PUBLISHED,
        /** Hidden because its flags reached the threshold. */
        HIDDEN_BY_FLAGS,
        /** Taken down by a moderator after review. */
        REMOVED
    }
}
