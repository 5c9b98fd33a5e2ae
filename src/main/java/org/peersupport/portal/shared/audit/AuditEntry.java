package org.peersupport.portal.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed: there are no setters. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_SUBJECT,
        query = "SELECT e FROM AuditEntry e WHERE e.subjectType = :type AND e.subjectId = :id ORDER BY e.id DESC")
@NamedQuery(name = AuditEntry.NEWEST_FIRST, query = "SELECT e, a.displayName FROM AuditEntry e LEFT JOIN Account a ON a.id = e.actorId ORDER BY e.id DESC")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry {

    static final String FOR_SUBJECT = "AuditEntry.forSubject";
    static final String NEWEST_FIRST = "AuditEntry.newestFirst";
    static final String COUNT_ALL = "AuditEntry.countAll";
    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, Long actorId, String action, String subjectType, long subjectId,
            String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
