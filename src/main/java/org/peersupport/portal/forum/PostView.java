package org.peersupport.portal.forum;

import org.peersupport.portal.shared.web.SafeHtml;

import java.time.Instant;

/**
 * A post as one reader sees it. {@code authorName} is null for an anonymous post: nobody's name
 * reaches the page unless a moderator reveals it.
 */
public record PostView(long id, Long authorId, String authorName, boolean anonymous, boolean mine, SafeHtml bodyHtml,
        String body, ContentWarning contentWarning, boolean hiddenByPreference, PostStatus status,
        String moderationReason, Instant createdAt, Instant editedAt, int supportCount, boolean supportedByMe,
        boolean opening) {

    public boolean isReadable() {
        return status != PostStatus.DELETED;
    }

    public boolean isEdited() {
        return editedAt != null;
    }
}
