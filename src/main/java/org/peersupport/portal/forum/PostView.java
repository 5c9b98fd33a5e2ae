package org.peersupport.portal.forum;

import java.time.Instant;
import org.peersupport.portal.shared.web.SafeHtml;

/**
 * A post as one reader sees it. {@code authorName} is null for an anonymous post: nobody's name
 * reaches the page unless a moderator reveals it.
 */
public record PostView(long id, Long authorId, String authorName, boolean anonymous, boolean mine, SafeHtml bodyHtml,
        String body, ContentWarning contentWarning, PostStatus status,
        String moderationReason, Instant createdAt, Instant editedAt, int supportCount, boolean supportedByMe,
        boolean opening) {

    public boolean isReadable() {
        return status != PostStatus.DELETED;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    /** Held or hidden by a rule (its reason is a message key), not by a moderator's words. */
    public boolean isAutomaticHold() {
        return moderationReason != null && moderationReason.startsWith("moderation.reason.");
    }

    /** Written by an account since erased: shown as "a former member", with no link. */
    public boolean isFormerMember() {
        return !anonymous && authorName == null;
    }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    public boolean isDeleted() {
        return status == PostStatus.DELETED;
    }

    public boolean isRejected() {
        return status == PostStatus.REJECTED;
    }

    /** The bundle key of the status chip, and a CSS modifier for posts others don't see. */
    public String getStatusKey() {
        return "forum.status." + status.name();
    }

    public String getStatusClass() {
        return status == PostStatus.VISIBLE ? "" : "post--" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getWarningKey() {
        return contentWarning == null ? null : "forum.warning." + contentWarning.name();
    }

    // Bean-style accessors: Expressly 5 resolves record components only as method calls, which look
    // the method up by reflection on every evaluation; properties are cached.

    public long getId() {
        return id;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isMine() {
        return mine;
    }

    public SafeHtml getBodyHtml() {
        return bodyHtml;
    }

    public String getBody() {
        return body;
    }

    public ContentWarning getContentWarning() {
        return contentWarning;
    }


    public PostStatus getStatus() {
        return status;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public boolean isSupportedByMe() {
        return supportedByMe;
    }

    public boolean isOpening() {
        return opening;
    }
}
