package org.peersupport.portal.milestone;

/**
 * When a milestone is reached. A counting rule is reached when the member has done its kind of step
 * the definition's threshold of times; a streak when that many weeks in a row each held a group session
 * attended; {@link #BY_HAND} only when a facilitator awards it.
 */
public enum MilestoneRule {
    PROGRAMME_COMPLETED(ProgressKind.PROGRAMME_COMPLETED, false),
    SESSIONS_ATTENDED(ProgressKind.SESSION_ATTENDED, true),
    WORKSHOPS_ATTENDED(ProgressKind.WORKSHOP_ATTENDED, true),
    MENTORSHIP_CONCLUDED(ProgressKind.MENTORSHIP_CONCLUDED, false),
    MENTOR_TRAINING_COMPLETED(ProgressKind.MENTOR_TRAINING_COMPLETED, false),
    WEEKLY_STREAK(ProgressKind.SESSION_ATTENDED, true),
    BY_HAND(null, false);

    private final ProgressKind counts;
    private final boolean needsThreshold;

    MilestoneRule(ProgressKind counts, boolean needsThreshold) {
        this.counts = counts;
        this.needsThreshold = needsThreshold;
    }

    /** The step that moves a member towards it; null for {@link #BY_HAND}. */
    public ProgressKind counts() {
        return counts;
    }

    /** Whether staff choose a number (sessions, workshops, weeks); the others are reached once. */
    public boolean needsThreshold() {
        return needsThreshold;
    }

    public boolean isAutomatic() {
        return counts != null;
    }

    /** How far the member is: the number that is compared with the threshold. */
    public int measure(MemberProgress progress) {
        return switch (this) {
            case WEEKLY_STREAK -> progress.longestStreakWeeks();
            case BY_HAND -> 0;
            default -> progress.count(counts);
        };
    }
}
