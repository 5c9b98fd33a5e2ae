package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Decision;
import org.peersupport.portal.safety.Screening.Hit;

/** The reviewed policy files in this repository, screening the sentences they were written for. */
class SafetyScreenTest {

    private static SafetyScreen screen;

    @BeforeAll
    static void readTheReviewedFiles() throws IOException {
        screen = SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
    }

    private static Screening screen(String text) {
        return screen.screen(text);
    }

    private static void assertCrisis(String text, Severity severity, String matched) {
        Screening result = screen(text);
        assertThat(result.decision()).as(text).isEqualTo(Decision.ESCALATE);
        assertThat(result.severity()).as(text).contains(severity);
        assertThat(result.reason().matched()).as(text).isEqualTo(matched);
        assertThat(result.reason().rule().file()).isEqualTo(SafetyPolicyFiles.CRISIS_LANGUAGE);
    }

    /** The hits of the two phrase files, without the concept layer's. */
    private static List<Hit> phraseHits(Screening screening) {
        return screening.hits().stream()
                .filter(h -> !h.rule().file().equals(SafetyPolicyFiles.CRISIS_CONCEPTS)).toList();
    }

    private static void assertClean(String text) {
        Screening result = screen(text);
        assertThat(result.decision()).as(text).isEqualTo(Decision.PUBLISH);
        assertThat(result.hits()).as(text).isEmpty();
        assertThat(result.reason()).isNull();
        assertThat(result.text()).isSameAs(text);
    }

    @Test
    void crisisLanguageEscalatesWithItsSeverity() {
        assertCrisis("I can't see any reason to keep living", Severity.HIGH, "can't see any reason to keep living");
        assertCrisis("ya no quiero seguir viviendo", Severity.MEDIUM, "no quiero seguir viviendo");
        assertCrisis("Honestly I just want to die.", Severity.MEDIUM, "want to die");
        assertCrisis("Me quiero matar.", Severity.HIGH, "Me quiero matar");
        assertCrisis("Todos estarían mejor sin mí", Severity.MEDIUM, "estarían mejor sin mí");
    }

    @Test
    void aWeakerSignalPublishesAndAsksAModeratorToLookSoon() {
        Screening hopeless = screen("Honestly I feel so hopeless lately.");
        assertThat(hopeless.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(hopeless.crisis()).isFalse();
        assertThat(hopeless.severity()).isEmpty();
        assertThat(hopeless.lookSoon()).get().extracting(Hit::matched).isEqualTo("feel so hopeless");
        assertThat(hopeless.lookSoon().get().rule().severity()).isEqualTo(Severity.LOOK_SOON);

        Screening both = screen("I feel so hopeless, I want to die.");
        assertThat(both.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(both.lookSoon()).as("a crisis is answered as a crisis, not looked at later").isEmpty();
        assertThat(screen("Ya no puedo más con esto").lookSoon()).isPresent();
        assertThat(screen("I feel hopeful today").lookSoon()).isEmpty();
    }

    @Test
    void aNegationJustBeforeThePhraseCancelsIt() {
        assertClean("I'd never act on those thoughts");
        assertClean("I would never kill myself");
        assertClean("I'm not going to kill myself");
        assertClean("I don't want to die");
        assertClean("no quiero morir");
        assertClean("No me quiero morir, solo quiero que esto pase");
        assertClean("Jamás intentaría suicidarme");
        assertClean("I used to want to die, therapy helped");
        assertClean("Dejé de autolesionarme hace un año");
    }

    @Test
    void aNegationThatIsPartOfThePhraseOrOutOfReachDoesNotCancelIt() {
        assertCrisis("ya no quiero vivir", Severity.MEDIUM, "no quiero vivir");
        assertCrisis("I don't want to live anymore", Severity.MEDIUM, "don't want to live anymore");
        assertCrisis("I don't know why but I really want to die", Severity.MEDIUM, "want to die");
        assertCrisis("No, quiero morirme.", Severity.MEDIUM, "quiero morirme");
        assertCrisis("I'm not okay but I want to die", Severity.MEDIUM, "want to die");
        assertCrisis("I'm not okay. I want to die", Severity.MEDIUM, "want to die");
        assertCrisis("I can't stop wanting to die", Severity.MEDIUM, "wanting to die");
        assertCrisis("no puedo dejar de pensar en matarme", Severity.HIGH, "pensar en matarme");
        assertCrisis("no sé por qué quiero morirme", Severity.MEDIUM, "quiero morirme");
        assertCrisis("ya no quiero vivir quiero morir", Severity.MEDIUM, "no quiero vivir");
        assertThat(phraseHits(screen("ya no quiero vivir quiero morir"))).as("its 'no' does not negate the next phrase")
                .extracting(Hit::matched).containsExactly("no quiero vivir", "quiero morir");
    }

    @Test
    void idiomsAreNotCrisisLanguage() {
        assertClean("This exam is killing me");
        assertClean("The cake was to die for");
        assertClean("Me muero de risa");
        assertClean("Mi hermano me mata de la risa");
        assertClean("I want to die of embarrassment");
        assertClean("Quiero morirme de la vergüenza");
        assertClean("I want to take my life back");
        assertClean("Voy a matarme estudiando para el examen");
        assertThat(screen("I want to die for real this time").severity()).as("'for real this time' is a decision")
                .contains(Severity.HIGH);
        assertCrisis("I want to take my life, back then I had hope", Severity.HIGH, "take my life");
    }

    @Test
    void disguisedAccentedAndShoutedPhrasesAreFound() {
        assertCrisis("k1ll mys3lf", Severity.HIGH, "k1ll mys3lf");
        assertCrisis("i want to kiiiiill myself", Severity.HIGH, "kiiiiill myself");
        assertCrisis("quiero morír", Severity.MEDIUM, "quiero morír");
        assertCrisis("QUIERO MORIR", Severity.MEDIUM, "QUIERO MORIR");
        assertCrisis("I want to KILL... my-self", Severity.HIGH, "KILL... my-self");
    }

    @Test
    void innocentWordsThatContainARuleAreLeftAlone() {
        assertClean("The assistant in my class was kind");
        assertClean("Went to the Scunthorpe group, lovely people");
        assertClean("Call 988 or 024 if you need to talk");
    }

    @Test
    void watchedWordsBlockHoldAndFlag() {
        Screening spam = screen("Buy followers here!!");
        assertThat(spam.decision()).isEqualTo(Decision.BLOCK);
        assertThat(spam.reason().rule().file()).isEqualTo(SafetyPolicyFiles.WATCHED_WORDS);
        assertThat(spam.reason().rule().phrase()).isEqualTo("[buy|cheap|free] followers");
        assertThat(spam.reason().matched()).isEqualTo("Buy followers");

        Screening contact = screen("whatsapp me please");
        assertThat(contact.decision()).isEqualTo(Decision.HOLD);
        assertThat(contact.reason().rule().phrase()).isEqualTo("whatsapp me");

        Screening phone = screen("my cell: +34 612 345 678, anytime");
        assertThat(phone.decision()).isEqualTo(Decision.HOLD);
        assertThat(phone.reason().rule().phrase()).isEqualTo("detect: phone-number");
        assertThat(phone.reason().matched()).isEqualTo("+34 612 345 678");

        Screening mail = screen("write to jo.doe@example.org.");
        assertThat(mail.decision()).isEqualTo(Decision.HOLD);
        assertThat(mail.reason().matched()).isEqualTo("jo.doe@example.org");

        Screening insult = screen("You absolute idiot");
        assertThat(insult.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(insult.flagged()).isTrue();
        assertThat(insult.reason().rule().action()).isEqualTo(Action.FLAG);
        assertThat(insult.text()).isEqualTo("You absolute idiot");
    }

    @Test
    void replaceRewritesTheTextAndPublishes() {
        Screening result = screen("My uncle committed suicide in 2010.");
        assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(result.rewritten()).isTrue();
        assertThat(result.flagged()).isFalse();
        assertThat(result.text()).isEqualTo("My uncle died by suicide in 2010.");
        assertThat(screen("Committed  suicide is an old phrase").text()).isEqualTo("Died by suicide is an old phrase");
        assertThat(screen("Mi tío cometió suicidio").text()).isEqualTo("Mi tío murió por suicidio");
    }

    @Test
    void theStrictestDecisionWinsAndCrisisBeatsEverything() {
        assertThat(screen("buy followers and whatsapp me").decision()).isEqualTo(Decision.BLOCK);

        Screening held = screen("idiot, whatsapp me. He committed suicide");
        assertThat(held.decision()).isEqualTo(Decision.HOLD);
        assertThat(held.flagged()).isTrue();
        assertThat(held.text()).isEqualTo("idiot, whatsapp me. He died by suicide");
        assertThat(held.hits()).extracting(h -> h.rule().action())
                .containsExactly(Action.FLAG, Action.HOLD, Action.REPLACE);

        Screening crisis = screen("Buy followers lol. I want to kill myself");
        assertThat(crisis.decision()).as("never just blocked").isEqualTo(Decision.ESCALATE);
        assertThat(crisis.severity()).contains(Severity.HIGH);
        assertThat(phraseHits(crisis)).extracting(h -> h.rule().action()).containsExactly(Action.BLOCK, Action.ESCALATE);

        Screening mixed = screen("I want to die. I'm going to kill myself tonight");
        assertThat(mixed.reason().matched()).as("HIGH before an earlier MEDIUM").isEqualTo("kill myself");
    }

    @Test
    void oneScreenServesManyThreadsAlike() throws Exception {
        List<String> texts = IntStream.range(0, 2000).mapToObj(i -> switch (i % 4) {
            case 0 -> "I would never kill myself " + i;
            case 1 -> "ya no quiero seguir viviendo " + i;
            case 2 -> "buy followers " + i;
            default -> "a quiet day at the group " + i;
        }).toList();
        List<Decision> expected = texts.stream().map(t -> screen(t).decision()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Decision>>> runs = IntStream.range(0, 4)
                    .mapToObj(r -> pool.submit(() -> texts.stream().map(t -> screen(t).decision()).toList())).toList();
            for (Future<List<Decision>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected).containsSequence(Decision.PUBLISH, Decision.ESCALATE, Decision.BLOCK, Decision.PUBLISH);
    }
}
