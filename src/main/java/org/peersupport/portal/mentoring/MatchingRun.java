package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the matching engine over the whole pool, as the coordinator started and later published it. */
@Entity
@Table(name = "matching_run")
public class MatchingRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private int requests;

    @Column(nullable = false)
    private int mentors;

    @Column(name = "total_score", nullable = false)
    private long totalScore;

    @Column(nullable = false)
    private long millis;

    protected MatchingRun() {
    }

    MatchingRun(long startedBy, Instant now, int requests, int mentors, long totalScore, long millis) {
        this.startedBy = startedBy;
        this.createdAt = now;
        this.requests = requests;
        this.mentors = mentors;
        this.totalScore = totalScore;
        this.millis = millis;
    }

    void publish(Instant now) {
        if (publishedAt != null) {
            throw new IllegalStateException("Already published");
        }
        publishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getRequests() {
        return requests;
    }

    public int getMentors() {
        return mentors;
    }

    public long getTotalScore() {
        return totalScore;
    }

    public long getMillis() {
        return millis;
    }
}
