package org.peersupport.portal.forum;

import java.time.Instant;

/** A line of a forum's topic list. {@code starterName} is null when the topic was started anonymously. */
public record TopicRow(long id, String title, String starterName, boolean anonymous, int postCount, Instant lastActivityAt,
        PostStatus status, boolean unread) {

    // Bean-style accessors: Expressly 5 resolves record components only as method calls, which look
    // the method up by reflection on every evaluation; properties are cached.

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStarterName() {
        return starterName;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public PostStatus getStatus() {
        return status;
    }

    public boolean isUnread() {
        return unread;
    }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    public String getStatusKey() {
        return "forum.status." + status.name();
    }
}
