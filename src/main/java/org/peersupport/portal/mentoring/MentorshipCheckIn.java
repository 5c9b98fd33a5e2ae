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
import java.time.Instant;

/** "How is it going", 1 to 5 with a short note, from one side; CLOSING is the feedback at the end. */
@Entity
@Table(name = "mentorship_check_in")
@NamedQuery(name = MentorshipCheckIn.OF_MENTORSHIP, query = "SELECT c FROM MentorshipCheckIn c WHERE c.mentorshipId = :mentorship"
        + " ORDER BY c.writtenAt DESC")
public class MentorshipCheckIn {

    static final String OF_MENTORSHIP = "MentorshipCheckIn.ofMentorship";
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public enum Kind {
        CHECK_IN,
        CLOSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentorship_id", nullable = false)
    private long mentorshipId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false)
    private String note;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected MentorshipCheckIn() {
    }

    MentorshipCheckIn(long mentorshipId, long authorId, Kind kind, int rating, String note, Instant now) {
        if (rating < LOWEST || rating > HIGHEST) {
            throw new IllegalArgumentException("A rating is 1 to 5");
        }
        this.mentorshipId = mentorshipId;
        this.authorId = authorId;
        this.kind = kind;
        this.rating = rating;
        this.note = note == null ? "" : note.strip();
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMentorshipId() {
        return mentorshipId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
