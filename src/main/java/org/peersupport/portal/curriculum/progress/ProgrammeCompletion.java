package org.peersupport.portal.curriculum.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one record that a member completed a cohort's programme (unique per cohort and member). */
@Entity
@Table(name = "programme_completion")
@NamedQuery(name = ProgrammeCompletion.COUNT_OF, query = "SELECT COUNT(c) FROM ProgrammeCompletion c WHERE c.cohortId = :cohort AND c.memberId = :member")
public class ProgrammeCompletion {

    static final String COUNT_OF = "ProgrammeCompletion.countOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    protected ProgrammeCompletion() {
    }

    ProgrammeCompletion(long cohortId, long memberId, long versionId, Instant completedAt) {
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.versionId = versionId;
        this.completedAt = completedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
