package org.peersupport.portal.mentoring;

/** A mentor accepted: fired inside the transaction, for milestones and notices built elsewhere. */
public record MentorshipStarted(long mentorshipId, long mentorId, long menteeId) {
}
