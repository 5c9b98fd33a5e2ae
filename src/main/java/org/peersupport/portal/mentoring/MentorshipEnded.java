package org.peersupport.portal.mentoring;

/** A mentorship ended; its chat closes for both sides. Fired inside the transaction. */
public record MentorshipEnded(long mentorshipId, long mentorId, long menteeId, Mentorship.EndKind kind) {
}
