package org.peersupport.portal.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A curriculum's own fields: what it is called, who it is for, and what it covers. */
public record CurriculumDetails(
        @NotBlank @Size(max = CurriculumLimits.TITLE_MAX) String title,
        @NotBlank @Size(max = CurriculumLimits.AUDIENCE_MAX) String audience,
        @Size(max = CurriculumLimits.TEXT_MAX) String description) {

    CurriculumDetails normalised() {
        return new CurriculumDetails(SessionContent.strip(title), SessionContent.strip(audience), SessionContent.strip(description));
    }
}
