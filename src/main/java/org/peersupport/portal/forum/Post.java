package org.peersupport.portal.forum;

import jakarta.persistence.Column;
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
import java.util.Objects;
import org.peersupport.portal.shared.markdown.SafeMarkdown;

/**
 * One message in a topic. The Markdown the member wrote is kept with its sanitised HTML, rendered
 * once on write. Anonymous posts keep their author for moderators; others never see it.
 */
@Entity
@Table(name = "post")
@NamedQuery(name = Post.PAGE_OF_TOPIC, query = "SELECT p, a.displayName, s.accountId, a.erasedAt FROM Post p"
        + " JOIN Account a ON a.id = p.authorId"
        + " LEFT JOIN PostSupport s ON s.postId = p.id AND s.accountId = :me"
        + " WHERE p.topicId = :topic AND (p.status IN (org.peersupport.portal.forum.PostStatus.VISIBLE,"
        + " org.peersupport.portal.forum.PostStatus.DELETED) OR p.authorId = :me OR :staff = TRUE)"
        + " ORDER BY p.id")
@NamedQuery(name = Post.REPLIES_BY_AUTHOR_SINCE, query = "SELECT COUNT(p) FROM Post p"
        + " WHERE p.authorId = :author AND p.opening = FALSE AND p.createdAt >= :since")
// Newest first with one row, not MAX(): an aggregate bypasses the Instant converter's column type.
@NamedQuery(name = Post.LAST_BY_AUTHOR,
        query = "SELECT p.createdAt FROM Post p WHERE p.authorId = :author ORDER BY p.createdAt DESC")
@NamedQuery(name = Post.LAST_BY_AUTHOR_IN_TOPIC, query = "SELECT p.createdAt FROM Post p"
        + " WHERE p.authorId = :author AND p.topicId = :topic ORDER BY p.createdAt DESC")
@NamedQuery(name = Post.LAST_BY_AUTHOR_IN_FORUM, query = "SELECT p.createdAt FROM Post p, Topic t"
        + " WHERE t.id = p.topicId AND p.authorId = :author AND t.forumId = :forum ORDER BY p.createdAt DESC")
@NamedQuery(name = Post.WITH_TOPIC_AND_FORUM,
        query = "SELECT p, t, f FROM Post p, Topic t, Forum f WHERE t.id = p.topicId AND f.id = t.forumId AND p.id = :id")
public class Post {

    static final String PAGE_OF_TOPIC = "Post.pageOfTopic";
    static final String REPLIES_BY_AUTHOR_SINCE = "Post.repliesByAuthorSince";
    static final String LAST_BY_AUTHOR = "Post.lastByAuthor";
    static final String LAST_BY_AUTHOR_IN_TOPIC = "Post.lastByAuthorInTopic";
    static final String LAST_BY_AUTHOR_IN_FORUM = "Post.lastByAuthorInForum";
    static final String WITH_TOPIC_AND_FORUM = "Post.withTopicAndForum";

    public static final int BODY_MAX = 20_000;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private boolean opening;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_warning")
    private ContentWarning contentWarning;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;

    @Column(name = "quoted_post_id")
    private Long quotedPostId;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "flag_weight", nullable = false)
    private double flagWeight;

    @Column(name = "moderation_reason", length = REASON_MAX)
    private String moderationReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected Post() {
        // for JPA
    }

    Post(long topicId, long authorId, boolean opening, String body, ContentWarning contentWarning, boolean anonymous,
            Long quotedPostId, Instant now) {
        this.topicId = topicId;
        this.authorId = authorId;
        this.opening = opening;
        this.contentWarning = contentWarning;
        this.anonymous = anonymous;
        this.quotedPostId = quotedPostId;
        this.createdAt = now;
        this.status = PostStatus.HELD;
        write(body);
    }

    private void write(String markdown) {
        this.body = markdown.strip();
        this.bodyHtml = SafeMarkdown.render(this.body).html();
    }

    /** Replaces the text; the old version is returned to be kept for moderators. */
    PostRevision edit(String markdown, ContentWarning warning, long editorId, Instant now) {
        PostRevision previous = new PostRevision(id, body, contentWarning, editorId, now);
        write(markdown);
        this.contentWarning = warning;
        this.editedAt = now;
        return previous;
    }

    void publish() {
        status = PostStatus.VISIBLE;
        moderationReason = null;
    }

    void hold(String reason) {
        status = PostStatus.HELD;
        moderationReason = reason;
    }

    void hide(String reason) {
        status = PostStatus.HIDDEN;
        moderationReason = reason;
    }

    void reject(String reason) {
        status = PostStatus.REJECTED;
        moderationReason = reason;
    }

    void deleteByAuthor() {
        status = PostStatus.DELETED;
    }

    /** Adds a flag's weight; true when this flag took the post over the threshold. */
    boolean flaggedWith(double weight, double threshold) {
        boolean wasBelow = flagWeight < threshold;
        flagWeight += weight;
        return wasBelow && flagWeight >= threshold;
    }

    void supportAdded() {
        supportCount++;
    }

    void supportRemoved() {
        supportCount = Math.max(0, supportCount - 1);
    }

    public boolean isWrittenBy(long accountId) {
        return authorId == accountId;
    }

    /** Staff see everything; the author sees their own; others see published and deleted posts. */
    public boolean isReadableBy(long viewerId, boolean staff) {
        return staff || authorId == viewerId || status == PostStatus.VISIBLE || status == PostStatus.DELETED;
    }

    public Long getId() {
        return id;
    }

    public long getTopicId() {
        return topicId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isOpening() {
        return opening;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public ContentWarning getContentWarning() {
        return contentWarning;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public double getFlagWeight() {
        return flagWeight;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Post p && id != null && Objects.equals(id, p.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
