package org.peersupport.portal.safety;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.peersupport.portal.moderation.CrisisSeverity;

/**
 * Someone may be in crisis: a held text (or, for LOOK_SOON, a published one with a weaker signal),
 * how severe, and by when a moderator must say "I am on it".
 * An alert is open until acknowledged, escalated at most once when its deadline passes while still
 * open, and closed with an outcome.
 */
@Entity
@Table(name = "crisis_alert")
@NamedQuery(name = CrisisAlert.NOT_CLOSED, query = "SELECT c, m.displayName, a.displayName FROM CrisisAlert c"
        + " JOIN Account m ON m.id = c.memberId LEFT JOIN Account a ON a.id = c.acknowledgedBy"
        + " WHERE c.status <> org.peersupport.portal.safety.CrisisAlert.Status.CLOSED"
        + " ORDER BY c.status DESC, c.severity, c.acknowledgeBy")
@NamedQuery(name = CrisisAlert.WITH_NAMES, query = "SELECT c, m.displayName, a.displayName FROM CrisisAlert c"
        + " JOIN Account m ON m.id = c.memberId LEFT JOIN Account a ON a.id = c.acknowledgedBy WHERE c.id = :id")
@NamedQuery(name = CrisisAlert.CLOSED_NEWEST_FIRST, query = "SELECT c, m.displayName, a.displayName FROM CrisisAlert c"
        + " JOIN Account m ON m.id = c.memberId LEFT JOIN Account a ON a.id = c.acknowledgedBy"
        + " WHERE c.status = org.peersupport.portal.safety.CrisisAlert.Status.CLOSED ORDER BY c.closedAt DESC")
@NamedQuery(name = CrisisAlert.COUNT_AWAITING, query = "SELECT COUNT(c) FROM CrisisAlert c"
        + " WHERE c.status = org.peersupport.portal.safety.CrisisAlert.Status.OPEN"
        + " AND c.severity IN :severities")
@NamedQuery(name = CrisisAlert.OVERDUE_IDS, query = "SELECT c.id FROM CrisisAlert c"
        + " WHERE c.status = org.peersupport.portal.safety.CrisisAlert.Status.OPEN AND c.escalatedAt IS NULL"
        + " AND c.acknowledgeBy <= :now ORDER BY c.acknowledgeBy")
@NamedQuery(name = CrisisAlert.REPORT_FACTS, query = "SELECT c.severity, c.raisedAt, c.acknowledgedAt, c.escalatedAt, c.outcome"
        + " FROM CrisisAlert c WHERE c.raisedAt >= :from AND c.raisedAt < :to")
public class CrisisAlert {

    static final String NOT_CLOSED = "CrisisAlert.notClosed";
    static final String WITH_NAMES = "CrisisAlert.withNames";
    static final String CLOSED_NEWEST_FIRST = "CrisisAlert.closedNewestFirst";
    static final String COUNT_AWAITING = "CrisisAlert.countAwaiting";
    static final String OVERDUE_IDS = "CrisisAlert.overdueIds";
    static final String REPORT_FACTS = "CrisisAlert.reportFacts";
    private static final int EXCERPT_START = 120;

    /** Stored by name: "OPEN" > "ACKNOWLEDGED" is why the list sorts by status descending. */
    public enum Status {
        CLOSED,
        ACKNOWLEDGED,
        OPEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CrisisSeverity severity;

    @Column(name = "matched_rule", nullable = false)
    private String matchedRule;

    @Column(nullable = false)
    private String excerpt;

    @Column(name = "review_link", nullable = false)
    private String reviewLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledge_by", nullable = false)
    private Instant acknowledgeBy;

    /** Whether the first alert went to the moderators on duty (false: nobody was, so to all). */
    @Column(name = "told_on_duty", nullable = false)
    private boolean toldOnDuty;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Enumerated(EnumType.STRING)
    private CrisisOutcome outcome;

    @Version
    private long version;

    protected CrisisAlert() {
        // for JPA
    }

    public CrisisAlert(String source, long sourceId, long memberId, CrisisSeverity severity, String matchedRule,
            String excerpt, String reviewLink, Instant raisedAt, Instant acknowledgeBy, boolean toldOnDuty) {
        if (!acknowledgeBy.isAfter(raisedAt)) {
            throw new IllegalArgumentException("The deadline must come after the alert");
        }
        this.source = Objects.requireNonNull(source);
        this.sourceId = sourceId;
        this.memberId = memberId;
        this.severity = Objects.requireNonNull(severity);
        this.matchedRule = matchedRule;
        this.excerpt = excerpt;
        this.reviewLink = reviewLink;
        this.status = Status.OPEN;
        this.raisedAt = raisedAt;
        this.acknowledgeBy = acknowledgeBy;
        this.toldOnDuty = toldOnDuty;
    }

    /** Nobody has said "I am on it" yet. */
    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    /** Past its deadline with nobody on it yet. */
    public boolean isOverdueAt(Instant now) {
        return status == Status.OPEN && !now.isBefore(acknowledgeBy);
    }

    /** Until the deadline (negative: how long overdue); only meaningful while open. */
    public Duration leftAt(Instant now) {
        return Duration.between(now, acknowledgeBy);
    }

    /** How long people waited for a moderator to take it on; empty while nobody has. */
    public Optional<Duration> timeToAcknowledge() {
        return acknowledgedAt == null ? Optional.empty() : Optional.of(Duration.between(raisedAt, acknowledgedAt));
    }

    /** "I am on it". Only an open alert can be acknowledged; the first moderator wins. */
    boolean acknowledge(long moderatorId, Instant at) {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedAt = at;
        acknowledgedBy = moderatorId;
        return true;
    }

    /** Closing an alert nobody acknowledged also acknowledges it: someone has dealt with it. */
    void close(long moderatorId, CrisisOutcome outcome, Instant at) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("Alert " + id + " is already closed");
        }
        acknowledge(moderatorId, at);
        this.status = Status.CLOSED;
        this.outcome = Objects.requireNonNull(outcome);
        this.closedAt = at;
        this.closedBy = moderatorId;
    }

    /** Marks the one escalation; false if it was escalated already or someone is on it. */
    boolean escalate(Instant at) {
        if (!isOverdueAt(at) || escalatedAt != null) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public long getSourceId() {
        return sourceId;
    }

    public long getMemberId() {
        return memberId;
    }

    public CrisisSeverity getSeverity() {
        return severity;
    }

    /** The weaker tier: the text was published and a moderator is asked to look soon. */
    public boolean isLookSoon() {
        return severity == CrisisSeverity.LOOK_SOON;
    }

    public String getMatchedRule() {
        return matchedRule;
    }

    public String getExcerpt() {
        return excerpt;
    }

    /** The start of the text, for the alert list. */
    public String getExcerptStart() {
        return excerpt.length() <= EXCERPT_START ? excerpt : excerpt.substring(0, EXCERPT_START - 1) + "…";
    }

    public String getReviewLink() {
        return reviewLink;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public boolean isToldOnDuty() {
        return toldOnDuty;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedBy() {
        return closedBy;
    }

    public CrisisOutcome getOutcome() {
        return outcome;
    }
}
