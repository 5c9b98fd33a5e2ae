package org.peersupport.portal.forum;

/** Who sees a post: everyone who may read the forum, only its author and staff, or nobody. */
public enum PostStatus {
    /** Published. */
    VISIBLE,
    /** Waiting for a moderator before others see it. */
    HELD,
    /** Taken down after flags or by a moderator; the author and staff still see it. */
    HIDDEN,
    /** Refused by a moderator, with a reason the author was told. */
    REJECTED,
    /** Deleted by its author. */
    DELETED;

    public boolean isPublic() {
        return this == VISIBLE;
    }
}
