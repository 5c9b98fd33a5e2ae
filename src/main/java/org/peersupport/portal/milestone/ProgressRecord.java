package org.peersupport.portal.milestone;

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

/** One step a member took, once per source (e.g. "cohort-session:12"): a repeated event finds it and adds nothing. */
@Entity
@Table(name = "milestone_progress")
@NamedQuery(name = ProgressRecord.EXISTS, query = "SELECT COUNT(p) FROM ProgressRecord p WHERE p.memberId = :member AND p.kind = :kind AND p.sourceKey = :source")
@NamedQuery(name = ProgressRecord.COUNTS, query = "SELECT p.kind, COUNT(p) FROM ProgressRecord p WHERE p.memberId = :member GROUP BY p.kind")
@NamedQuery(name = ProgressRecord.TIMES, query = "SELECT p.occurredAt FROM ProgressRecord p WHERE p.memberId = :member AND p.kind = :kind")
public class ProgressRecord {

    static final String EXISTS = "ProgressRecord.exists";
    static final String COUNTS = "ProgressRecord.counts";
    static final String TIMES = "ProgressRecord.times";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProgressKind kind;

    @Column(name = "source_key", nullable = false, updatable = false)
    private String sourceKey;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ProgressRecord() {
        // for JPA
    }

    ProgressRecord(long memberId, ProgressKind kind, String sourceKey, Instant occurredAt) {
        this.memberId = memberId;
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.occurredAt = occurredAt;
    }
}
