package org.peersupport.portal.curriculum.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One dated meeting of a cohort, for the version session at the same position. Each change
 * (moved, cancelled) raises {@code sequence}, so calendar copies can tell the newer one.
 */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(nullable = false)
    private int sequence;

    protected CohortSession() {
    }

    CohortSession(Cohort cohort, int number, Instant startsAt, int durationMinutes) {
        this.cohort = cohort;
        this.number = number;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
    }

    public void moveTo(Instant newStart) {
        if (cancelled) {
            throw new IllegalStateException("a cancelled session is not moved");
        }
        if (newStart.equals(startsAt)) {
            return;
        }
        startsAt = newStart;
        sequence++;
    }

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        sequence++;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public int getSequence() {
        return sequence;
    }
}
