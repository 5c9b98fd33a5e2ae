package org.peersupport.portal.forum;

import org.peersupport.portal.moderation.CrisisSignal;

/**
 * What happened to a post, fired inside the transaction that did it, so observers (moderation's
 * queue and trust levels) change in step with it. A post held for crisis language, or one with a
 * look-soon signal, carries what the check saw ({@code crisis}), so the alert to staff says how
 * severe it is and why.
 */
public record PostEvent(Type type, long postId, long authorId, String reasonKey, CrisisSignal crisis) {

    public PostEvent(Type type, long postId, long authorId, String reasonKey) {
        this(type, postId, authorId, reasonKey, null);
    }

    public enum Type {
        /** Readable for the first time (published at once, or approved from the queue). */
        PUBLISHED,
        /** Held by the moderation check before anyone but staff sees it. */
        HELD,
        /** Hidden because its flags reached the threshold. */
        HIDDEN_BY_FLAGS,
        /** Taken down by a moderator after review. */
        REMOVED,
        /** Published, but a watched word asks a moderator to look at it. */
        FLAGGED_BY_RULE,
        /** A weaker crisis signal (whatever else happened to the post): a moderator is asked to look soon. */
        LOOK_SOON
    }
}
