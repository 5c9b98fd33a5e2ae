package org.peersupport.portal.milestone;

import java.time.Instant;
import java.util.List;

/**
 * What the member sees on their own milestones page: what they have reached, how far they are
 * towards the rest, their streaks and the name their certificates carry.
 */
public record MyMilestones(List<Earned> earned, List<Towards> towards, int currentStreakWeeks, int longestStreakWeeks,
        String certificateName, String displayName) {

    /** A milestone reached; {@code givenBy} is the facilitator's name when it was given by hand. */
    public record Earned(long awardId, String name, String description, MilestoneIcon icon, Instant awardedAt, String givenBy, String note,
            String verificationCode, String verificationUrl, boolean showName, boolean showMilestone, boolean revoked) {

        public String groupedCode() {
            return VerificationCode.grouped(verificationCode);
        }
    }

    /** A milestone not yet reached, with the member's count so far (never above the target). */
    public record Towards(long definitionId, String name, String description, MilestoneIcon icon, MilestoneRule rule, int current, int target) {

        public int percent() {
            return target <= 0 ? 0 : Math.min(100, current * 100 / target);
        }
    }

    /** The name on certificates: the chosen one, or the display name. */
    public String nameOnCertificates() {
        return certificateName == null || certificateName.isBlank() ? displayName : certificateName;
    }
}
