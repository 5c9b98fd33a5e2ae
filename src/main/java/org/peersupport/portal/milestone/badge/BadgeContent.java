package org.peersupport.portal.milestone.badge;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What one Open Badges credential says: the award (its credential id, the same for every copy of it),
 * the milestone it recognises, when it was awarded, and whom to: the recipient's e-mail leaves the
 * portal only salted and hashed.
 */
public record BadgeContent(UUID credentialId, long achievementId, String achievementName, String achievementDescription,
        String criteriaNarrative, String recipientEmail, Instant awardedAt) {

    public BadgeContent {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(awardedAt, "awardedAt");
        if (achievementId <= 0) {
            throw new IllegalArgumentException("achievementId must be positive: " + achievementId);
        }
        requireText(achievementName, "achievementName");
        requireText(achievementDescription, "achievementDescription");
        requireText(criteriaNarrative, "criteriaNarrative");
        requireText(recipientEmail, "recipientEmail");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Without the e-mail address, so a log line never carries it. */
    @Override
    public String toString() {
        return "BadgeContent[credentialId=" + credentialId + ", achievementId=" + achievementId + ", awardedAt=" + awardedAt + "]";
    }
}
