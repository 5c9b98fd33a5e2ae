package org.peersupport.portal.workshop;

import java.time.Instant;

/** Fired in the check-in transaction, once per member and workshop (milestones listen for it). */
public record WorkshopAttended(long memberId, long workshopId, Instant attendedAt) {}
