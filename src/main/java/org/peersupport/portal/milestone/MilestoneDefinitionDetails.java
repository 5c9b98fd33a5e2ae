package org.peersupport.portal.milestone;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What staff write for a milestone; the service validates it before anything is stored. */
public record MilestoneDefinitionDetails(
        @NotBlank(message = "{milestone.name.required}") @Size(max = 80, message = "{milestone.name.size}") String name,
        @NotBlank(message = "{milestone.description.required}") @Size(max = 500, message = "{milestone.description.size}") String description,
        @NotNull(message = "{milestone.icon.required}") MilestoneIcon icon,
        @NotNull(message = "{milestone.rule.required}") MilestoneRule rule,
        @Min(value = 1, message = "{milestone.threshold.range}") @Max(value = MilestoneDefinitionDetails.MAX_THRESHOLD, message = "{milestone.threshold.range}") int threshold) {

    public static final int MAX_THRESHOLD = 200;

    /** A rule that is reached once needs no number: it is stored as 1 whatever was typed. */
    public MilestoneDefinitionDetails normalised() {
        return new MilestoneDefinitionDetails(name == null ? null : name.strip(), description == null ? null : description.strip(),
                icon, rule, rule != null && !rule.needsThreshold() ? 1 : threshold);
    }

    @AssertTrue(message = "{milestone.threshold.range}")
    boolean isThresholdSensible() {
        return rule == null || !rule.needsThreshold() || threshold >= 1;
    }
}
