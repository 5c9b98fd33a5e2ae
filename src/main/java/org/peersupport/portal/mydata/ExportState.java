package org.peersupport.portal.mydata;

import java.time.Instant;

/** What the page shows of a member's latest export, without its file. */
public record ExportState(long id, ExportStatus status, Instant requestedAt, Instant expiresAt, Long fileSize) {

    /** Ready and not yet expired at {@code now}. */
    public boolean downloadable(Instant now) {
        return status == ExportStatus.READY && expiresAt != null && expiresAt.isAfter(now);
    }

    public boolean pending() {
        return status == ExportStatus.PENDING;
    }
}
