package org.peersupport.portal.milestone.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peersupport.portal.milestone.MilestoneRule;
import org.peersupport.portal.shared.web.Bundle;

/** A milestone's rule in words on the staff page (and wherever a rule is shown), in English and Spanish. */
class MilestoneRuleWordsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void countingRulesSayTheirNumberAndTheOthersSayNone() {
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.SESSIONS_ATTENDED, 5)).isEqualTo("Attended 5 group sessions");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.WORKSHOPS_ATTENDED, 3)).isEqualTo("Attended 3 workshops");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.WEEKLY_STREAK, 4)).isEqualTo("4 weeks in a row with a session");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.BY_HAND, 1)).isEqualTo("Given by hand only");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.PROGRAMME_COMPLETED, 1)).isEqualTo("Completed a group programme");
    }

    @Test
    void oneIsSaidInTheSingular() {
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.SESSIONS_ATTENDED, 1)).isEqualTo("Attended one group session");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.WORKSHOPS_ATTENDED, 1)).isEqualTo("Attended one workshop");
        assertThat(MilestoneRuleWords.words(Locale.ENGLISH, MilestoneRule.WEEKLY_STREAK, 1)).isEqualTo("A week with a session");
        assertThat(MilestoneRuleWords.words(SPANISH, MilestoneRule.SESSIONS_ATTENDED, 1)).isEqualTo("Asistir a una sesión de grupo");
    }

    @Test
    void spanishReadersReadSpanish() {
        assertThat(MilestoneRuleWords.words(SPANISH, MilestoneRule.SESSIONS_ATTENDED, 12)).isEqualTo("Asistir a 12 sesiones de grupo");
        assertThat(MilestoneRuleWords.words(SPANISH, MilestoneRule.WEEKLY_STREAK, 4)).isEqualTo("4 semanas seguidas con una sesión");
        assertThat(MilestoneRuleWords.words(SPANISH, MilestoneRule.BY_HAND, 1)).isEqualTo("Solo se otorga a mano");
    }

    @ParameterizedTest
    @EnumSource(MilestoneRule.class)
    void everyRuleHasWordsInBothLanguagesThatNameTheNumberOnlyWhenItCounts(MilestoneRule rule) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, SPANISH}) {
            String words = MilestoneRuleWords.words(locale, rule, 37);
            assertThat(words).as(rule + " in " + locale).isNotBlank().doesNotContain("{");
            if (rule.needsThreshold()) {
                assertThat(words).as(rule + " in " + locale).contains("37");
            } else {
                assertThat(words).as(rule + " in " + locale).doesNotContain("37");
            }
        }
    }

    @Test
    void howManyHoldAMilestoneIsCountedInWords() {
        assertThat(Bundle.text(Locale.ENGLISH, "milestoneStaff.holders", 0)).isEqualTo("Nobody holds it yet");
        assertThat(Bundle.text(Locale.ENGLISH, "milestoneStaff.holders", 1)).isEqualTo("One member holds it");
        assertThat(Bundle.text(Locale.ENGLISH, "milestoneStaff.holders", 14)).isEqualTo("14 members hold it");
        assertThat(Bundle.text(SPANISH, "milestoneStaff.holders", 2)).isEqualTo("Lo tienen 2 personas");
    }
}
