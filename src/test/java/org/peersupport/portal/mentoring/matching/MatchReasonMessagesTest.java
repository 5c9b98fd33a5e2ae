package org.peersupport.portal.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;

/** Every reason the scorer gives reads as a sentence fragment in both languages. */
class MatchReasonMessagesTest {

    private final Compatibility compatibility = new CompatibilityScorer(MatchWeights.defaults(), Instant.parse("2026-01-12T00:00:00Z"))
            .score(new MentorCandidate(1, Set.of(ExperienceArea.GRIEF, ExperienceArea.OCD, ExperienceArea.TRAUMA), Set.of("es"),
                            ZoneId.of("Europe/Madrid"), WeeklyAvailability.parse("MON 17:00-22:00"), 2, 1, Gender.WOMAN, AgeBand.FROM_35_TO_44),
                    new MenteeRequestProfile(2, Set.of(ExperienceArea.GRIEF, ExperienceArea.OCD, ExperienceArea.TRAUMA), Set.of("es", "en"),
                            ZoneId.of("America/Mexico_City"), WeeklyAvailability.parse("MON 08:00-14:00"), Gender.WOMAN,
                            AgeBand.FROM_35_TO_44, null))
            .orElseThrow();

    @Test
    void englishReasons() {
        assertThat(render(Locale.ENGLISH)).isEqualTo("speaks es; 3 shared experience areas; 4 h overlapping availability; "
                + "the mentor’s gender you asked for; in the age range you asked for; 1 free place");
    }

    @Test
    void spanishReasons() {
        assertThat(render(Locale.forLanguageTag("es"))).isEqualTo("habla es; 3 áreas de experiencia en común; "
                + "4 h de disponibilidad en común; el género que pediste; en la franja de edad que pediste; 1 plaza libre");
    }

    private String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_DEFAULT));
        return compatibility.reasons().stream()
                .map(reason -> new MessageFormat(bundle.getString(reason.key()), locale).format(reason.arguments().toArray()))
                .collect(Collectors.joining("; "));
    }
}
