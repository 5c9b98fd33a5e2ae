package org.peersupport.portal.mydata;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One ZIP of everything held about a member. Pending while the background job makes it, then ready
 * for {@link #VALID_FOR}; while pending, {@code pendingMemberId} holds the member so that the
 * database allows only one pending export per member.
 */
@Entity
@Table(name = "data_export")
public class DataExport {

    /** How long a ready export can be downloaded. */
    public static final Duration VALID_FOR = Duration.ofHours(24);

    /** A pending export older than this was lost (the server stopped while making it): a new one may be asked for. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "pending_member_id")
    private Long pendingMemberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "file_size")
    private Long fileSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] file;

    protected DataExport() {}

    public DataExport(long memberId, Instant now) {
        this.memberId = memberId;
        this.pendingMemberId = memberId;
        this.status = ExportStatus.PENDING;
        this.requestedAt = now;
    }

    /** The ZIP is made: downloadable from now for {@link #VALID_FOR}. */
    public void ready(byte[] zip, Instant now) {
        if (status != ExportStatus.PENDING) {
            throw new IllegalStateException("export " + id + " is " + status);
        }
        this.file = zip;
        this.fileSize = (long) zip.length;
        this.status = ExportStatus.READY;
        this.readyAt = now;
        this.expiresAt = now.plus(VALID_FOR);
        this.pendingMemberId = null;
    }

    /** Making it failed (or was lost): the member may ask again. */
    public void fail() {
        this.status = ExportStatus.FAILED;
        this.pendingMemberId = null;
        this.file = null;
    }

    public boolean isLost(Instant now) {
        return status == ExportStatus.PENDING && requestedAt.plus(GIVE_UP_AFTER).isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
