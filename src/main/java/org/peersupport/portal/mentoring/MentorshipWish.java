package org.peersupport.portal.mentoring;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Set;

/** What a member asks for when they ask for a mentor. */
public record MentorshipWish(
        @NotEmpty Set<ExperienceArea> needs,
        @NotEmpty Set<String> languages,
        @NotNull ZoneId timeZone,
        @NotNull WeeklyAvailability availability,
        Gender preferredGender,
        AgeBand preferredAgeFrom,
        AgeBand preferredAgeTo,
        @Size(max = 1000) String note) {

    @AssertTrue
    public boolean isAvailabilityGiven() {
        return availability != null && !availability.isEmpty();
    }

    @AssertTrue
    public boolean isAgeRangeInOrder() {
        return preferredAgeFrom == null || preferredAgeTo == null || preferredAgeFrom.compareTo(preferredAgeTo) <= 0;
    }
}
