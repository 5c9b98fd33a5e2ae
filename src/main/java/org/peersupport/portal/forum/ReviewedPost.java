package org.peersupport.portal.forum;

import org.peersupport.portal.shared.web.SafeHtml;

import java.util.List;

/** A post as moderators see it in the queue: in context, with its flags; the author stays hidden if anonymous. */
public record ReviewedPost(long postId, long topicId, String topicTitle, String forumName, Long authorId,
        String authorName, boolean anonymous, SafeHtml bodyHtml, String body, ContentWarning contentWarning,
        PostStatus status, List<PostFlag> flags) {}
