package org.peersupport.portal.milestone.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.milestone.MilestoneDefinitionDetails;
import org.peersupport.portal.milestone.MilestoneIcon;
import org.peersupport.portal.milestone.MilestoneRule;

/** The milestone form's field messages come from the record's own constraints, in the reader's language. */
class MilestoneDetailsRulesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aMissingNameOrDescriptionIsAskedFor() {
        assertThat(MilestoneDetailsRules.problems(validator, "name", null, Locale.ENGLISH)).containsExactly("Give the milestone a name.");
        assertThat(MilestoneDetailsRules.problems(validator, "name", "   ", SPANISH)).containsExactly("Ponle un nombre al hito.");
        assertThat(MilestoneDetailsRules.problems(validator, "description", null, Locale.ENGLISH))
                .containsExactly("Say in a sentence what the milestone recognises.");
        assertThat(MilestoneDetailsRules.problems(validator, "name", "Ten sessions", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void tooLongIsSaidWithTheLimit() {
        assertThat(MilestoneDetailsRules.problems(validator, "name", "n".repeat(81), Locale.ENGLISH))
                .containsExactly("A milestone's name is at most 80 characters.");
        assertThat(MilestoneDetailsRules.problems(validator, "name", "n".repeat(80), Locale.ENGLISH)).isEmpty();
        assertThat(MilestoneDetailsRules.problems(validator, "description", "d".repeat(501), SPANISH))
                .containsExactly("La descripción tiene como máximo 500 caracteres.");
    }

    @Test
    void theNumberIsFromOneToTwoHundred() {
        assertThat(MilestoneDetailsRules.problems(validator, "threshold", 0, Locale.ENGLISH)).containsExactly("Choose a number from 1 to 200.");
        assertThat(MilestoneDetailsRules.problems(validator, "threshold", 201, SPANISH)).containsExactly("Elige un número del 1 al 200.");
        assertThat(MilestoneDetailsRules.problems(validator, "threshold", 1, Locale.ENGLISH)).isEmpty();
        assertThat(MilestoneDetailsRules.problems(validator, "threshold", 200, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void anEmblemAndARuleMustBeChosen() {
        assertThat(MilestoneDetailsRules.problems(validator, "icon", null, SPANISH)).containsExactly("Elige un emblema.");
        assertThat(MilestoneDetailsRules.problems(validator, "rule", null, Locale.ENGLISH))
                .containsExactly("Choose how the milestone is reached.");
        assertThat(MilestoneDetailsRules.problems(validator, "icon", MilestoneIcon.BOOK, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theWholeRecordIsCheckedBeforeTheService() {
        MilestoneDefinitionDetails fine = new MilestoneDefinitionDetails("Five sessions", "Came to five group sessions.", MilestoneIcon.PATH,
                MilestoneRule.SESSIONS_ATTENDED, 5);
        assertThat(MilestoneDetailsRules.problems(validator, fine, Locale.ENGLISH)).isEmpty();
        MilestoneDefinitionDetails noNumber = new MilestoneDefinitionDetails("Five sessions", "Came to five group sessions.",
                MilestoneIcon.PATH, MilestoneRule.SESSIONS_ATTENDED, 0);
        assertThat(MilestoneDetailsRules.problems(validator, noNumber, SPANISH)).containsExactly("Elige un número del 1 al 200.");
    }
}
