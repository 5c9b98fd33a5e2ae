package org.peersupport.portal.mentoring;

/**
 * A mentorship ended; its chat closes for both sides. Fired inside the transaction.
 * {@code byErasure}: it ended because one side's account was erased, not because it ran its course.
 */
public record MentorshipEnded(long mentorshipId, long mentorId, long menteeId, Mentorship.EndKind kind, boolean byErasure) {

    public MentorshipEnded(long mentorshipId, long mentorId, long menteeId, Mentorship.EndKind kind) {
        this(mentorshipId, mentorId, menteeId, kind, false);
    }
}
