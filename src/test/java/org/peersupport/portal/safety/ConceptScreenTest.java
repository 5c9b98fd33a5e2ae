package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Decision;

/**
 * The concept layer (crisis-concepts.yaml) on sentences no phrase of crisis-language.yaml lists:
 * each test names the rule of the layer it checks, and the sentences are the reviewers' own
 * examples, not the evaluation set's.
 */
class ConceptScreenTest {

    private static SafetyScreen screen;

    @BeforeAll
    static void readTheReviewedFiles() throws IOException {
        screen = SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
    }

    private static String why(String text) {
        Screening result = screen.screen(text);
        return result.reason() == null ? "" : result.reason().rule().describe();
    }

    private static void assertHeld(String text, Severity severity) {
        Screening result = screen.screen(text);
        assertThat(result.decision()).as(text).isEqualTo(Decision.ESCALATE);
        assertThat(result.severity()).as(text).contains(severity);
    }

    private static void assertNotHeld(String text) {
        assertThat(screen.screen(text).decision()).as(text).isNotEqualTo(Decision.ESCALATE);
    }

    @Test
    void conceptsCombineWithinAFewWordsAndTheReasonNamesThem() {
        assertHeld("the rope is in the boot of my car, tonight", Severity.HIGH);
        assertThat(why("the rope is in the boot of my car, tonight"))
                .isEqualTo("crisis-concepts.yaml: means \u201Crope\u201D + timing \u201Ctonight\u201D");
        assertHeld("i've picked a date and i have a plan", Severity.MEDIUM);
        assertHeld("standing on the bridge looking at the water", Severity.HIGH);
        assertHeld("Tengo las pastillas preparadas en la mesa", Severity.HIGH);
    }

    @Test
    void conceptsTooFarApartDoNotCombine() {
        String far = "the rope swing at the lake was the best part of the trip we took with the kids and the dog,"
                + " and next week we might go again, maybe tonight we decide";
        assertThat(screen.screen(far).severity()).as(far).isNotEqualTo(java.util.Optional.of(Severity.HIGH));
    }

    @Test
    void stemsFindOtherFormsOfAWord() {
        assertHeld("I wish I could fall asleep forever", Severity.MEDIUM);
        assertHeld("Quisiera dormirme para siempre", Severity.MEDIUM);
        assertHeld("swallowed a handful of tablets with vodka", Severity.HIGH);
    }

    @Test
    void spellingsAndShorthandAreSpeltOut() {
        assertHeld("gonna kms 2nite", Severity.HIGH);
        assertHeld("me kiero suisidar", Severity.MEDIUM);
        assertHeld("tryna unalive myself ngl", Severity.HIGH);
    }

    @Test
    void aNegationBeforeAConceptCancelsIt() {
        assertNotHeld("I don't want to fall asleep forever, I want to get better");
        assertNotHeld("no estoy pensando en hacerme daño, solo necesitaba desahogarme");
        assertHeld("no sé qué hacer, no quiero despertar mañana", Severity.MEDIUM);
    }

    @Test
    void thePastReportedSpeechAndJokesCancelTheirSentence() {
        assertNotHeld("Two years ago I took all my pills with wine. Today I run a support group.");
        assertNotHeld("hace cinco años intenté suicidarme y hoy puedo hablarlo");
        assertNotHeld("my psychiatrist keeps asking if i want to die");
        assertNotHeld("si me hacen ir a otra reunion me corto las venas jajaja mentira");
        assertHeld("quiero morirme de verdad, no es broma", Severity.MEDIUM);
    }

    @Test
    void someoneElseNamedJustBeforeIsNotTheWriter() {
        assertNotHeld("my friend says she wants to fall asleep forever, how do I help her?");
        assertNotHeld("mi amiga dice que quiere dormir para siempre");
        assertHeld("my friend said I should just fall asleep forever and I think I want to", Severity.MEDIUM);
        assertHeld("everyone would be happier without me around", Severity.MEDIUM);
    }

    @Test
    void aQuotationIsSomeoneElsesWords() {
        assertNotHeld("the book says \"I want to sleep forever\" and I cried, it was beautiful");
        assertHeld("I want to sleep forever", Severity.MEDIUM);
    }

    @Test
    void weakerSignalsAskAModeratorToLookSoon() {
        Screening tired = screen.screen("I'm so tired of pretending, nothing is ever going to get better");
        assertThat(tired.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(tired.lookSoon()).isPresent();
        assertThat(tired.lookSoon().get().rule().describe()).startsWith("crisis-concepts.yaml: hopeless");
        assertThat(screen.screen("no tengo a nadie, literal a nadie").lookSoon()).isPresent();
        assertThat(screen.screen("the group was lovely today, see you thursday").lookSoon()).isEmpty();
    }

    @Test
    void harmToAnotherPersonIsACrisisToo() {
        assertHeld("i'm going to make them all pay at school on monday", Severity.HIGH);
        assertHeld("voy a matar a ese tipo si se acerca a mi hermana", Severity.HIGH);
    }

    @Test
    void askingHowToHelpSomeoneInCrisisIsSupportNotACrisis() {
        Screening question = screen.screen("How do I support my son who says he wants to die?");
        assertThat(question.crisis()).isFalse();
        assertThat(question.supportingSomeone()).isTrue();
        assertThat(question.reason().rule().describe()).startsWith("crisis-concepts.yaml: helping");
        assertThat(screen.screen("mi amiga dice que quiere morirse, como puedo ayudarla?").supportingSomeone()).isTrue();
        Screening both = screen.screen("how can i help her when i want to die myself");
        assertThat(both.crisis()).as("the writer's own crisis comes first").isTrue();
        assertThat(both.supportingSomeone()).isFalse();
        assertThat(screen.screen("how can I help at the bake sale?").supportingSomeone()).isFalse();
    }
}
