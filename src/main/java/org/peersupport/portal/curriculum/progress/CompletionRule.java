package org.peersupport.portal.curriculum.progress;

/**
 * When a member has completed a programme: once the cohort's last non-cancelled session has
 * started, a member who attended (PRESENT or LATE) at least three quarters of the non-cancelled
 * sessions, rounded up (6 of 8, 3 of 4, 1 of 1), has completed it. Attending every held session
 * of a finished cohort always meets this. Checked whenever a mark is saved.
 */
public final class CompletionRule {

    private CompletionRule() {}

    public static int sessionsNeeded(int nonCancelledSessions) {
        return (nonCancelledSessions * 3 + 3) / 4;
    }

    public static boolean completes(int attended, int nonCancelledSessions, boolean lastSessionStarted) {
        return lastSessionStarted && nonCancelledSessions > 0 && attended >= sessionsNeeded(nonCancelledSessions);
    }
}
