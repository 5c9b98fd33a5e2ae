package org.peersupport.portal.milestone;

import java.util.EnumMap;
import java.util.Map;

/** What one member has done, as milestones count it. */
public record MemberProgress(Map<ProgressKind, Integer> counts, WeeklyStreak streak) {

    public MemberProgress {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public int count(ProgressKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public int longestStreakWeeks() {
        return streak.longestWeeks();
    }

    public int currentStreakWeeks() {
        return streak.currentWeeks();
    }

    /** Whether the definition's rule is met (never for one given only by hand). */
    public boolean reaches(MilestoneRule rule, int threshold) {
        return rule.isAutomatic() && rule.measure(this) >= threshold;
    }
}
