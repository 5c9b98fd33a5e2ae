package org.peersupport.portal.mentoring;

import java.time.Instant;

/**
 * A coordinator approved a mentor application: the applicant has completed what mentors must
 * (training included) and is now a peer mentor. Fired inside the transaction.
 */
public record MentorApproved(long mentorId, long coordinatorId, Instant approvedAt) {}
