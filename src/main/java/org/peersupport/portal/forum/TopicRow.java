package org.peersupport.portal.forum;

import java.time.Instant;

/** A line of a forum's topic list. {@code starterName} is null when the topic was started anonymously. */
public record TopicRow(long id, String title, String starterName, boolean anonymous, int postCount, Instant lastActivityAt,
        PostStatus status, boolean unread) {}
