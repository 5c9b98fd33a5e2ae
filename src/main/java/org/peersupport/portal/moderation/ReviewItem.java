package org.peersupport.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing for moderators to decide: a held post, a post hidden by flags, and (with the safety
 * issue) a crisis alert. A moderator claims it first, so two never work the same item.
 */
@Entity
@Table(name = "review_item")
@NamedQuery(name = ReviewItem.OPEN, query = "SELECT r FROM ReviewItem r"
        + " WHERE r.status = org.peersupport.portal.moderation.ReviewItem$Status.OPEN ORDER BY r.kind, r.createdAt, r.id")
@NamedQuery(name = ReviewItem.COUNT_OPEN, query = "SELECT COUNT(r) FROM ReviewItem r"
        + " WHERE r.status = org.peersupport.portal.moderation.ReviewItem$Status.OPEN")
@NamedQuery(name = ReviewItem.OPEN_FOR_POST, query = "SELECT r FROM ReviewItem r WHERE r.postId = :post"
        + " AND r.status = org.peersupport.portal.moderation.ReviewItem$Status.OPEN")
@NamedQuery(name = ReviewItem.CLAIM, query = "UPDATE ReviewItem r SET r.claimedBy = :me, r.claimedUntil = :until"
        + " WHERE r.id = :id AND r.status = org.peersupport.portal.moderation.ReviewItem$Status.OPEN"
        + " AND (r.claimedBy IS NULL OR r.claimedBy = :me OR r.claimedUntil < :now)")
public class ReviewItem {

    static final String OPEN = "ReviewItem.open";
    static final String COUNT_OPEN = "ReviewItem.countOpen";
    static final String OPEN_FOR_POST = "ReviewItem.openForPost";
    static final String CLAIM = "ReviewItem.claim";

    /** Kept in alphabetical order of urgency: the queue sorts by the stored name, crisis first. */
    public enum Kind {
        HELD_POST,
        FLAGGED_POST,
        CRISIS_ALERT
    }

    public enum Status {
        OPEN,
        RESOLVED
    }

    public enum Outcome {
        APPROVED,
        EDITED,
        HIDDEN,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "post_id")
    private Long postId;

    /** A message key (i18n/messages), shown in the moderator's language. */
    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    /** Why the safety screen spoke ("crisis-language.yaml: …"), for crisis and look-soon signals; null otherwise. */
    @Column(name = "signal_reason")
    private String signalReason;

    @Column(name = "look_soon", nullable = false)
    private boolean lookSoon;

    protected ReviewItem() {
        // for JPA
    }

    ReviewItem(Kind kind, Long postId, String reason, Instant createdAt) {
        this.kind = kind;
        this.postId = postId;
        this.reason = reason;
        this.status = Status.OPEN;
        this.createdAt = createdAt;
    }

    public boolean isClaimedBy(long moderatorId, Instant now) {
        return claimedBy != null && claimedBy == moderatorId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public boolean isClaimedByAnotherAt(long moderatorId, Instant now) {
        return claimedBy != null && claimedBy != moderatorId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** What the safety screen saw in a held text: why, and whether it is a look-soon signal. */
    void signalled(CrisisSignal signal) {
        signalReason = signal.rule();
        lookSoon = signal.severity() == CrisisSeverity.LOOK_SOON;
    }

    void resolve(long moderatorId, Outcome decided, Instant now) {
        status = Status.RESOLVED;
        outcome = decided;
        resolvedBy = moderatorId;
        resolvedAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getPostId() {
        return postId;
    }

    public String getReason() {
        return reason;
    }

    public String getSignalReason() {
        return signalReason;
    }

    public boolean isLookSoon() {
        return lookSoon;
    }

    public Status getStatus() {
        return status;
    }

    public Long getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
