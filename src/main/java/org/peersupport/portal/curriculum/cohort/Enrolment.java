package org.peersupport.portal.curriculum.cohort;

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

/** A member's standing with one cohort (one row per member and cohort, its status moving on). */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = Enrolment.OF_MEMBER, query = "SELECT e FROM Enrolment e WHERE e.cohortId = :cohort AND e.memberId = :member")
@NamedQuery(name = Enrolment.COUNT_WITH_STATUS, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.cohortId = :cohort AND e.status = :status")
@NamedQuery(name = Enrolment.WITH_STATUS, query = "SELECT e FROM Enrolment e WHERE e.cohortId = :cohort AND e.status = :status ORDER BY e.updatedAt")
@NamedQuery(name = Enrolment.OF_COHORT, query = "SELECT e FROM Enrolment e WHERE e.cohortId = :cohort AND e.status IN"
        + " (org.peersupport.portal.curriculum.cohort.EnrolmentStatus.ENROLLED, org.peersupport.portal.curriculum.cohort.EnrolmentStatus.REQUESTED,"
        + " org.peersupport.portal.curriculum.cohort.EnrolmentStatus.INVITED) ORDER BY e.status, e.updatedAt")
public class Enrolment {

    static final String OF_MEMBER = "Enrolment.ofMember";
    static final String COUNT_WITH_STATUS = "Enrolment.countWithStatus";
    static final String WITH_STATUS = "Enrolment.withStatus";
    static final String OF_COHORT = "Enrolment.ofCohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false, updatable = false)
    private long cohortId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Enrolment() {
    }

    Enrolment(long cohortId, long memberId, EnrolmentStatus status, Instant now) {
        this.cohortId = cohortId;
        this.memberId = memberId;
        this.status = status;
        this.updatedAt = now;
    }

    void moveTo(EnrolmentStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getMemberId() {
        return memberId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
