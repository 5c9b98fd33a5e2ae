package org.peersupport.portal.curriculum.progress;

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

/** A facilitator's mark for one member at one cohort session (one row per session and member, changed in place). */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.OF_MEMBER_AT, query = "SELECT a FROM Attendance a WHERE a.cohortSessionId = :session AND a.memberId = :member")
@NamedQuery(name = Attendance.OF_SESSIONS, query = "SELECT a FROM Attendance a WHERE a.cohortSessionId IN :sessions")
@NamedQuery(name = Attendance.OF_MEMBER_IN, query = "SELECT a FROM Attendance a WHERE a.cohortSessionId IN :sessions AND a.memberId = :member")
public class Attendance {

    static final String OF_MEMBER_AT = "Attendance.ofMemberAt";
    static final String OF_SESSIONS = "Attendance.ofSessions";
    static final String OF_MEMBER_IN = "Attendance.ofMemberIn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_session_id", nullable = false, updatable = false)
    private long cohortSessionId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceMark mark;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected Attendance() {
    }

    Attendance(long cohortSessionId, long memberId, AttendanceMark mark, long markedBy, Instant now) {
        this.cohortSessionId = cohortSessionId;
        this.memberId = memberId;
        this.mark = mark;
        this.markedBy = markedBy;
        this.markedAt = now;
    }

    void remark(AttendanceMark next, long by, Instant now) {
        this.mark = next;
        this.markedBy = by;
        this.markedAt = now;
    }

    public long getCohortSessionId() {
        return cohortSessionId;
    }

    public long getMemberId() {
        return memberId;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public long getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
