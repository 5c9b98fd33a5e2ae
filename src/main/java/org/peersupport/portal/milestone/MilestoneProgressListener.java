package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.peersupport.portal.curriculum.progress.ProgrammeCompleted;
import org.peersupport.portal.curriculum.progress.SessionAttended;
import org.peersupport.portal.mentoring.MentorApproved;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.mentoring.MentorshipEnded;
import org.peersupport.portal.workshop.WorkshopAttended;

/**
 * Turns what members do in the other features into milestone progress. Observed inside the
 * feature's own transaction, so the step and its award are stored together or not at all; each
 * source has a key of its own, so an event that arrives twice is counted once.
 */
@ApplicationScoped
public class MilestoneProgressListener {

    @Inject
    private MilestoneService milestones;

    @Inject
    private java.time.Clock clock;

    void onSessionAttended(@Observes SessionAttended attended) {
        milestones.recordProgress(attended.memberId(), ProgressKind.SESSION_ATTENDED, "cohort-session:" + attended.cohortSessionId(),
                attended.attendedAt());
    }

    void onProgrammeCompleted(@Observes ProgrammeCompleted completed) {
        milestones.recordProgress(completed.memberId(), ProgressKind.PROGRAMME_COMPLETED, "cohort:" + completed.cohortId(),
                completed.completedAt());
    }

    void onWorkshopAttended(@Observes WorkshopAttended attended) {
        milestones.recordProgress(attended.memberId(), ProgressKind.WORKSHOP_ATTENDED, "workshop:" + attended.workshopId(),
                attended.attendedAt());
    }

    /**
     * A mentorship brought to its end counts for both; one ended for a rematch, a block or an
     * erasure does not (an erased member keeps no progress rows).
     */
    void onMentorshipEnded(@Observes MentorshipEnded ended) {
        if (ended.kind() != Mentorship.EndKind.COMPLETED || ended.byErasure()) {
            return;
        }
        String source = "mentorship:" + ended.mentorshipId();
        java.time.Instant now = clock.instant();
        milestones.recordProgress(ended.menteeId(), ProgressKind.MENTORSHIP_CONCLUDED, source, now);
        milestones.recordProgress(ended.mentorId(), ProgressKind.MENTORSHIP_CONCLUDED, source, now);
    }

    void onMentorApproved(@Observes MentorApproved approved) {
        milestones.recordProgress(approved.mentorId(), ProgressKind.MENTOR_TRAINING_COMPLETED, "mentor-approval", approved.approvedAt());
    }
}
