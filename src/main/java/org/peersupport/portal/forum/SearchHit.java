package org.peersupport.portal.forum;

import java.time.Instant;

/** A post found by search, with a plain-text excerpt (escaped on the page like any text). */
public record SearchHit(long postId, long topicId, String topicTitle, String forumName, String authorName,
        String excerpt, Instant createdAt, ContentWarning contentWarning) {

    /** The message key naming the hit's warning, for a collapsed excerpt. */
    public String warningKey() {
        return contentWarning == null ? null : "forum.warning." + contentWarning.name();
    }
}
