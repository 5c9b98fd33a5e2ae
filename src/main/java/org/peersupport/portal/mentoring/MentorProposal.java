package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One mentor proposed for one request, ranked 1 to 3 by the matching engine. A coordinator
 * reviews the DRAFT proposals and publishes them; the mentee chooses one, which is OFFERED to its
 * mentor, who accepts or declines within {@link #ANSWER_WITHIN}. An offer left unanswered, or a
 * choice not made, in that time moves on to the next proposal.
 */
@Entity
@Table(name = "mentor_proposal")
public class MentorProposal {

    public static final Duration ANSWER_WITHIN = Duration.ofDays(3);

    public enum Status {
        DRAFT,
        PROPOSED,
        OFFERED,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        /** Another proposal to the same request was accepted, or the request was withdrawn. */
        WITHDRAWN;

        /** Still in play: the request can still be matched through it. */
        public static final List<Status> OPEN = List.of(DRAFT, PROPOSED, OFFERED);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "proposal_rank", nullable = false)
    private int rank;

    @Column(nullable = false)
    private int score;

    /** The reasons as bundle keys with arguments, "key|arg|arg;key|arg", for the reader's language. */
    @Column(nullable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private boolean overridden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answer_by")
    private Instant answerBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MentorProposal() {
    }

    MentorProposal(long runId, long requestId, long mentorId, int rank, int score, String reasons, Instant now) {
        this.runId = runId;
        this.requestId = requestId;
        this.mentorId = mentorId;
        this.rank = rank;
        this.score = score;
        this.reasons = reasons;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    /** The coordinator puts another mentor in this place. */
    void overrideWith(long otherMentorId, int otherScore, String otherReasons) {
        require(Status.DRAFT);
        mentorId = otherMentorId;
        score = otherScore;
        reasons = otherReasons;
        overridden = true;
    }

    /** Published: the mentee has {@link #ANSWER_WITHIN} to choose before the first proposal is offered for them. */
    void publish(Instant now) {
        require(Status.DRAFT);
        status = Status.PROPOSED;
        answerBy = now.plus(ANSWER_WITHIN);
    }

    void offer(Instant now) {
        require(Status.PROPOSED);
        status = Status.OFFERED;
        answerBy = now.plus(ANSWER_WITHIN);
    }

    void accept(Instant now) {
        require(Status.OFFERED);
        status = Status.ACCEPTED;
        decidedAt = now;
    }

    void decline(Instant now) {
        require(Status.OFFERED);
        status = Status.DECLINED;
        decidedAt = now;
    }

    void expire(Instant now) {
        require(Status.OFFERED);
        status = Status.EXPIRED;
        decidedAt = now;
    }

    void withdraw(Instant now) {
        if (Status.OPEN.contains(status)) {
            status = Status.WITHDRAWN;
            decidedAt = now;
        }
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("The proposal is " + status + ", not " + expected);
        }
    }

    public boolean isOverdueAt(Instant now) {
        return answerBy != null && !answerBy.isAfter(now) && (status == Status.OFFERED || status == Status.PROPOSED);
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getRequestId() {
        return requestId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public int getRank() {
        return rank;
    }

    public int getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOverridden() {
        return overridden;
    }

    public Instant getAnswerBy() {
        return answerBy;
    }
}
