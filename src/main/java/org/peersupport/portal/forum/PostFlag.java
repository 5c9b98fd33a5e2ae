package org.peersupport.portal.forum;

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

/** A member's flag on a post. Its weight is fixed when raised; its outcome is set by a moderator. */
@Entity
@Table(name = "post_flag")
@NamedQuery(name = PostFlag.OPEN_ON_POST, query = "SELECT f FROM PostFlag f WHERE f.postId = :post"
        + " AND f.outcome = org.peersupport.portal.forum.PostFlag$Outcome.OPEN ORDER BY f.id")
@NamedQuery(name = PostFlag.COUNT_BY, query = "SELECT COUNT(f) FROM PostFlag f WHERE f.postId = :post AND f.flaggerId = :flagger")
public class PostFlag {

    static final String OPEN_ON_POST = "PostFlag.openOnPost";
    static final String COUNT_BY = "PostFlag.countBy";

    public static final int NOTE_MAX = 500;

    /** What a moderator decided about the flag. */
    public enum Outcome {
        OPEN,
        UPHELD,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "flagger_id", nullable = false)
    private long flaggerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagReason reason;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(nullable = false)
    private double weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostFlag() {
        // for JPA
    }

    PostFlag(long postId, long flaggerId, FlagReason reason, String note, double weight, Instant createdAt) {
        if (reason == FlagReason.OTHER && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("A flag for another reason needs a note");
        }
        this.postId = postId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.weight = weight;
        this.outcome = Outcome.OPEN;
        this.createdAt = createdAt;
    }

    void decide(Outcome decided) {
        this.outcome = decided;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public long getFlaggerId() {
        return flaggerId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public double getWeight() {
        return weight;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
