package org.peersupport.portal.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a moderator did or learned while handling an alert ("called the clinic, left a message"). */
@Entity
@Table(name = "crisis_alert_note")
@NamedQuery(name = CrisisAlertNote.FOR_ALERT, query = "SELECT n, a.displayName FROM CrisisAlertNote n"
        + " JOIN Account a ON a.id = n.authorId WHERE n.alertId = :alert ORDER BY n.writtenAt, n.id")
public class CrisisAlertNote {

    static final String FOR_ALERT = "CrisisAlertNote.forAlert";
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected CrisisAlertNote() {
        // for JPA
    }

    CrisisAlertNote(long alertId, long authorId, String text, Instant writtenAt) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > TEXT_MAX) {
            throw new IllegalArgumentException("A note holds 1 to " + TEXT_MAX + " characters");
        }
        this.alertId = alertId;
        this.authorId = authorId;
        this.text = stripped;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
