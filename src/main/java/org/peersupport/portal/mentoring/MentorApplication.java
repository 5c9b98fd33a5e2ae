package org.peersupport.portal.mentoring;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Set;

/** What a member tells the coordinators when they apply to mentor (or change their application). */
public record MentorApplication(
        @NotEmpty Set<ExperienceArea> areas,
        @Size(max = 500) String experienceNote,
        @NotEmpty Set<String> languages,
        @NotNull ZoneId timeZone,
        @NotNull WeeklyAvailability availability,
        @Min(1) @Max(MentorProfile.MAX_CAPACITY) int capacity,
        Gender gender,
        AgeBand ageBand,
        @NotNull @Size(min = 40, max = 1000) String bio,
        @AssertTrue boolean agreesToGuidelines) {

    @AssertTrue
    public boolean isAvailabilityGiven() {
        return availability != null && !availability.isEmpty();
    }
}
