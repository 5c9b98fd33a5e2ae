package org.peersupport.portal.curriculum.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A member's homework for one cohort session: done or not, and a private reflection that only the
 * member and the cohort's facilitators read. Un-marking keeps the reflection.
 */
@Entity
@Table(name = "homework")
@NamedQuery(name = Homework.OF_MEMBER_AT, query = "SELECT h FROM Homework h WHERE h.cohortSessionId = :session AND h.memberId = :member")
@NamedQuery(name = Homework.OF_SESSIONS, query = "SELECT h FROM Homework h WHERE h.cohortSessionId IN :sessions")
@NamedQuery(name = Homework.OF_MEMBER_IN, query = "SELECT h FROM Homework h WHERE h.cohortSessionId IN :sessions AND h.memberId = :member")
public class Homework {

    /** Longest reflection, shared by the service's validation and the page. */
    public static final int REFLECTION_MAX = 2000;

    static final String OF_MEMBER_AT = "Homework.ofMemberAt";
    static final String OF_SESSIONS = "Homework.ofSessions";
    static final String OF_MEMBER_IN = "Homework.ofMemberIn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_session_id", nullable = false, updatable = false)
    private long cohortSessionId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(length = REFLECTION_MAX)
    private String reflection;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Homework() {
    }

    Homework(long cohortSessionId, long memberId) {
        this.cohortSessionId = cohortSessionId;
        this.memberId = memberId;
    }

    /** Done keeps the first time it was done; a blank reflection is stored as none. */
    void update(boolean done, String text, Instant now) {
        if (done && doneAt == null) {
            doneAt = now;
        } else if (!done) {
            doneAt = null;
        }
        reflection = text == null || text.isBlank() ? null : text.strip();
        updatedAt = now;
    }

    public long getCohortSessionId() {
        return cohortSessionId;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Optional<Instant> getDoneAt() {
        return Optional.ofNullable(doneAt);
    }

    public Optional<String> getReflection() {
        return Optional.ofNullable(reflection);
    }
}
