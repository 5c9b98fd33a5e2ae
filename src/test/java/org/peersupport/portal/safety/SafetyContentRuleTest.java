package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.Verdict;

/** How a screening of the reviewed policy files becomes a moderation verdict, the look-soon tier above all. */
class SafetyContentRuleTest {

    private static SafetyScreen screen;

    @BeforeAll
    static void readTheReviewedFiles() throws IOException {
        screen = SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
    }

    private static Verdict judge(String text) {
        return SafetyContentRule.verdictOf(screen.screen(text), text);
    }

    @Test
    void aLookSoonTextIsPublishedWithItsSignalAndReason() {
        Verdict verdict = judge("Honestly I feel so hopeless lately.");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PUBLISH);
        assertThat(verdict.crisis()).isNull();
        assertThat(verdict.lookSoon().severity()).isEqualTo(CrisisSeverity.LOOK_SOON);
        assertThat(verdict.lookSoon().rule()).as("the reason moderators read").startsWith("crisis-language.yaml: ")
                .contains("hopeless");
        assertThat(verdict.lookSoon().excerpt()).isEqualTo("Honestly I feel so hopeless lately.");
        assertThat(judge("Ya no puedo más con esto, de verdad.").lookSoon()).as("Spanish too").isNotNull();
    }

    @Test
    void aWatchedWordDoesNotDropTheSignal() {
        Verdict held = judge("I can't cope anymore. whatsapp me please");
        assertThat(held.outcome()).isEqualTo(Verdict.Outcome.HOLD);
        assertThat(held.reasonKey()).isEqualTo("moderation.reason.watched");
        assertThat(held.lookSoon()).isNotNull();

        Verdict refused = judge("I feel so hopeless. crypto giveaway");
        assertThat(refused.outcome()).as("held for a human, not refused").isEqualTo(Verdict.Outcome.HOLD);
        assertThat(refused.reasonKey()).isEqualTo(Verdict.HELD_NOT_REFUSED_REASON);
        assertThat(refused.lookSoon()).isNotNull();
    }

    @Test
    void aCrisisEscalatesWithItsReasonAndNeedsNoLookSoon() {
        Verdict verdict = judge("I feel so hopeless, I want to die.");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ESCALATE);
        assertThat(verdict.reasonKey()).isEqualTo(ModerationService.CRISIS_REASON);
        assertThat(verdict.crisis().rule()).startsWith("crisis-language.yaml: ");
        assertThat(verdict.lookSoon()).as("the crisis alert covers it").isNull();
    }

    @Test
    void aCalmTextCarriesNoSignal() {
        Verdict verdict = judge("We walked by the river this morning.");
        assertThat(verdict).isSameAs(Verdict.publish());
        assertThat(judge("crypto giveaway here").outcome()).isEqualTo(Verdict.Outcome.BLOCK);
    }

    @Test
    void aQuestionAboutHelpingSomeoneIsPublishedAndShowsHowToHelp() {
        Verdict verdict = judge("How do I support my friend who says she wants to die?");
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PUBLISH);
        assertThat(verdict.supportingSomeone()).isTrue();
        assertThat(verdict.crisis()).isNull();
        assertThat(judge("How do I support my friend? I want to die myself.").supportingSomeone())
                .as("the writer's own crisis is answered as a crisis").isFalse();
        assertThat(judge("We walked by the river this morning.").supportingSomeone()).isFalse();
    }
}
