package org.peersupport.portal.mentoring;

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

/**
 * A mentor and a mentee working together, from the mentor's acceptance to its end. Only the two
 * of them take part; the reason for ending is kept for coordinators only.
 */
@Entity
@Table(name = "mentorship")
@NamedQuery(name = Mentorship.OF_MEMBER, query = "SELECT m FROM Mentorship m WHERE (m.mentorId = :account OR m.menteeId = :account)"
        + " ORDER BY m.status, m.startedAt DESC")
@NamedQuery(name = Mentorship.ACTIVE_LOADS, query = "SELECT m.mentorId, COUNT(m) FROM Mentorship m"
        + " WHERE m.status = org.peersupport.portal.mentoring.Mentorship.Status.ACTIVE GROUP BY m.mentorId")
@NamedQuery(name = Mentorship.ACTIVE_LOAD_OF, query = "SELECT COUNT(m) FROM Mentorship m WHERE m.mentorId = :mentor"
        + " AND m.status = org.peersupport.portal.mentoring.Mentorship.Status.ACTIVE")
public class Mentorship {

    static final String OF_MEMBER = "Mentorship.ofMember";
    static final String ACTIVE_LOADS = "Mentorship.activeLoads";
    static final String ACTIVE_LOAD_OF = "Mentorship.activeLoadOf";
    /** Check-ins are asked for every two weeks. */
    public static final Duration CHECK_IN_EVERY = Duration.ofDays(14);

    /** Stored by name; ACTIVE sorts before ENDED. */
    public enum Status {
        ACTIVE,
        ENDED
    }

    /** How it ended: run its course, one side asked to be rematched, or one side blocked the other. */
    public enum EndKind {
        COMPLETED,
        REMATCH,
        BLOCKED
    }

    public enum Side {
        MENTOR,
        MENTEE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "mentee_id", nullable = false)
    private long menteeId;

    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private Long endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private EndKind endKind;

    @Column(name = "end_reason")
    private String endReason;

    @Version
    private long version;

    protected Mentorship() {
    }

    Mentorship(long mentorId, long menteeId, Long requestId, Instant now) {
        if (mentorId == menteeId) {
            throw new IllegalArgumentException("Nobody mentors themselves");
        }
        this.mentorId = mentorId;
        this.menteeId = menteeId;
        this.requestId = requestId;
        this.status = Status.ACTIVE;
        this.startedAt = now;
    }

    public boolean hasParticipant(long accountId) {
        return accountId == mentorId || accountId == menteeId;
    }

    public Side sideOf(long accountId) {
        if (accountId == mentorId) {
            return Side.MENTOR;
        }
        if (accountId == menteeId) {
            return Side.MENTEE;
        }
        throw new IllegalArgumentException("Not part of this mentorship");
    }

    public long otherThan(long accountId) {
        return sideOf(accountId) == Side.MENTOR ? menteeId : mentorId;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    void end(long byAccountId, EndKind kind, String reason, Instant now) {
        sideOf(byAccountId);
        if (!isActive()) {
            throw new IllegalStateException("This mentorship has already ended");
        }
        status = Status.ENDED;
        endedAt = now;
        endedBy = byAccountId;
        endKind = kind;
        endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** When the next "how is it going" is due, given the writer's last one (or none yet). */
    public Instant checkInDueAfter(Instant lastCheckIn) {
        return (lastCheckIn == null ? startedAt : lastCheckIn).plus(CHECK_IN_EVERY);
    }

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getMenteeId() {
        return menteeId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Long getEndedBy() {
        return endedBy;
    }

    public EndKind getEndKind() {
        return endKind;
    }

    public String getEndReason() {
        return endReason;
    }
}
