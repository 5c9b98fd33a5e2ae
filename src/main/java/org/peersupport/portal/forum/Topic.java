package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A conversation in a forum. Its visibility follows its opening post: a held opening post holds
 * the topic. {@code postCount} counts what readers see (published and deleted-by-author posts).
 */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.WITH_FORUM, query = "SELECT t, f FROM Topic t, Forum f WHERE f.id = t.forumId AND t.id = :id")
@NamedQuery(name = Topic.PAGE_OF_FORUM, query = "SELECT t, a.displayName, r.readAt, a.erasedAt FROM Topic t"
        + " JOIN Account a ON a.id = t.authorId"
        + " LEFT JOIN TopicRead r ON r.topicId = t.id AND r.accountId = :me"
        + " WHERE t.forumId = :forum AND (t.status = org.peersupport.portal.forum.PostStatus.VISIBLE"
        + " OR t.authorId = :me OR :staff = TRUE)" + Topic.NOT_UNDER_HIDDEN_WARNING
        + " ORDER BY t.lastActivityAt DESC, t.id DESC")
@NamedQuery(name = Topic.COUNT_OF_FORUM, query = "SELECT COUNT(t) FROM Topic t WHERE t.forumId = :forum"
        + " AND (t.status = org.peersupport.portal.forum.PostStatus.VISIBLE OR t.authorId = :me OR :staff = TRUE)"
        + Topic.NOT_UNDER_HIDDEN_WARNING)
@NamedQuery(name = Topic.COUNT_BY_AUTHOR_SINCE,
        query = "SELECT COUNT(t) FROM Topic t WHERE t.authorId = :author AND t.createdAt >= :since")
public class Topic {

    static final String WITH_FORUM = "Topic.withForum";
    static final String PAGE_OF_FORUM = "Topic.pageOfForum";
    static final String COUNT_OF_FORUM = "Topic.countOfForum";
    static final String COUNT_BY_AUTHOR_SINCE = "Topic.countByAuthorSince";
    /**
     * Leaves out topics whose opening post carries a warning the reader hides (:hidden), unless they started it.
     * :hidesNone short-circuits it, since JPQL cannot take an empty IN list.
     */
    static final String NOT_UNDER_HIDDEN_WARNING = " AND (:hidesNone = TRUE OR t.authorId = :me OR NOT EXISTS ("
            + "SELECT op.id FROM Post op WHERE op.topicId = t.id AND op.opening = TRUE AND op.contentWarning IN :hidden))";

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Embedded
    private SlowMode slowMode = SlowMode.off();

    @Version
    private long version;

    protected Topic() {
        // for JPA
    }

    Topic(long forumId, long authorId, String title, boolean anonymous, Instant now) {
        this.forumId = forumId;
        this.authorId = authorId;
        this.title = title.strip();
        this.anonymous = anonymous;
        this.status = PostStatus.HELD;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** Follows what happened to the opening post. */
    void openingPostBecame(PostStatus openingStatus) {
        status = openingStatus == PostStatus.DELETED ? PostStatus.VISIBLE : openingStatus;
    }

    /** A post became readable (published, or approved by a moderator). */
    void postPublished(Instant at) {
        postCount++;
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    /** A readable post was taken down (hidden or rejected); a post deleted by its author stays counted. */
    void postWithdrawn() {
        postCount = Math.max(0, postCount - 1);
    }

    void slowDown(SlowMode mode) {
        this.slowMode = mode;
    }

    public Long getId() {
        return id;
    }

    public long getForumId() {
        return forumId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public PostStatus getStatus() {
        return status;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public SlowMode getSlowMode() {
        return slowMode == null ? SlowMode.off() : slowMode;
    }
}
