package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A member's pending erasure. It is due after the cooling-off period; an open crisis alert holds
 * it until an admin's note releases it.
 */
@Entity
@Table(name = "erasure_request")
@NamedQuery(name = ErasureRequest.DUE_IDS,
        query = "SELECT r.accountId FROM ErasureRequest r WHERE r.dueAt <= :now ORDER BY r.dueAt")
public class ErasureRequest {
    static final String DUE_IDS = "ErasureRequest.dueIds";
    public static final int NOTE_MAX = 1000;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "held_since")
    private Instant heldSince;

    @Column(name = "released_by")
    private Long releasedBy;

    @Column(name = "admin_note", length = NOTE_MAX)
    private String adminNote;

    @Version
    private long version;

    protected ErasureRequest() {
        // for JPA
    }

    ErasureRequest(long accountId, Instant now, Duration coolingOff) {
        if (coolingOff.isNegative()) {
            throw new IllegalArgumentException("The cooling-off period cannot be negative");
        }
        this.accountId = accountId;
        // Stored as DATETIME(3): keep what the database keeps, so a re-read compares equal.
        this.requestedAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.dueAt = requestedAt.plus(coolingOff);
    }

    public boolean isDueAt(Instant now) {
        return !dueAt.isAfter(now);
    }

    /** Something holds it at {@code now}: it waits, once marked, until an admin releases it. */
    boolean heldAt(Instant now) {
        if (heldSince == null) {
            heldSince = now;
            return true;
        }
        return false;
    }

    /** An admin lets it go ahead despite the hold; the note says why and cannot be blank. */
    void release(long adminId, String note) {
        if (note == null || note.isBlank()) {
            throw new ErasureRefusedException(ErasureRefusedException.NOTE_REQUIRED);
        }
        String trimmed = note.strip();
        this.adminNote = trimmed.length() > NOTE_MAX ? trimmed.substring(0, NOTE_MAX) : trimmed;
        this.releasedBy = adminId;
    }

    public boolean isReleased() {
        return releasedBy != null;
    }

    public boolean isHeld() {
        return heldSince != null && !isReleased();
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getAdminNote() {
        return adminNote;
    }
}
