package org.peersupport.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A private note by staff about a member. Never shown to the member; never edited. */
@Entity
@Table(name = "staff_note")
@NamedQuery(name = StaffNote.OF_ACCOUNT, query = "SELECT n FROM StaffNote n WHERE n.accountId = :account ORDER BY n.id DESC")
public class StaffNote {

    static final String OF_ACCOUNT = "StaffNote.ofAccount";
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StaffNote() {
        // for JPA
    }

    StaffNote(long accountId, long authorId, String text, Instant createdAt) {
        this.accountId = accountId;
        this.authorId = authorId;
        this.text = text.strip();
        this.createdAt = createdAt;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
