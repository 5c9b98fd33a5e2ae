package org.peersupport.portal.curriculum.cohort;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;

/**
 * What a facilitator sets when opening a cohort. The location (a room or a video link) is shown
 * only to enrolled members and the cohort's staff.
 */
public record CohortDetails(@NotBlank @Size(max = 200) String name, @Min(1) @Max(100) int capacity, @NotNull ZoneId timeZone,
        @NotBlank @Size(max = 500) String location, @NotNull EnrolmentMode mode) {}
