package org.peersupport.portal.curriculum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a facilitator writes for one session. Psychoeducation, exercises and homework are Markdown,
 * shown through the forum's sanitising renderer.
 */
public record SessionContent(
        @NotBlank @Size(max = CurriculumLimits.TITLE_MAX) String title,
        @NotBlank @Size(max = CurriculumLimits.TOPIC_MAX) String topic,
        @Size(max = CurriculumLimits.TEXT_MAX) String psychoeducation,
        @Size(max = CurriculumLimits.SHORT_TEXT_MAX) String exercises,
        @Size(max = CurriculumLimits.SHORT_TEXT_MAX) String homework) {

    /** Stripped, with absent texts as empty ones, as the tables keep them. */
    SessionContent normalised() {
        return new SessionContent(strip(title), strip(topic), strip(psychoeducation), strip(exercises), strip(homework));
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
