package org.peersupport.portal.milestone;

/** A kind of step a member takes that milestones count, each recorded once per source. */
public enum ProgressKind {
    SESSION_ATTENDED,
    WORKSHOP_ATTENDED,
    PROGRAMME_COMPLETED,
    MENTORSHIP_CONCLUDED,
    MENTOR_TRAINING_COMPLETED
}
