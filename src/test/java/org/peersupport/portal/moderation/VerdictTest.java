package org.peersupport.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void theStricterVerdictWinsAndTheEarlierReasonOnATie() {
        Verdict hold = Verdict.hold("first.reason");
        Verdict block = Verdict.block("block.reason", 2);
        assertThat(Verdict.publish().stricter(hold)).isSameAs(hold);
        assertThat(hold.stricter(block)).isSameAs(block);
        assertThat(block.stricter(hold)).isSameAs(block);
        assertThat(hold.stricter(Verdict.hold("second.reason")).reasonKey()).isEqualTo("first.reason");
        assertThat(block.arguments()).containsExactly(2);
        Verdict crisis = Verdict.escalate("crisis", new CrisisSignal(CrisisSeverity.HIGH, "crisis-language.yaml: x", "x"));
        assertThat(block.stricter(crisis)).as("a crisis outranks a refusal").isSameAs(crisis);
        assertThat(crisis.stricter(block)).isSameAs(crisis);
    }

    @Test
    void aLongCrisisTextIsCutForTheAlertButAShortOneIsKeptWhole() {
        String longText = "a".repeat(CrisisSignal.EXCERPT_MAX + 200);
        CrisisSignal cut = new CrisisSignal(CrisisSeverity.MEDIUM, "rule", longText);
        assertThat(cut.excerpt()).hasSize(CrisisSignal.EXCERPT_MAX).endsWith("…");
        assertThat(new CrisisSignal(CrisisSeverity.MEDIUM, "rule", "short").excerpt()).isEqualTo("short");
    }

    @Test
    void aFlagRidesOnlyOnAVerdictThatPublishes() {
        assertThat(Verdict.publish().flaggedAs("flag.reason").flagReasonKey()).isEqualTo("flag.reason");
        assertThat(Verdict.publish().flaggedAs(null).flagReasonKey()).isNull();
        Verdict hold = Verdict.hold("held");
        assertThat(hold.flaggedAs("flag.reason")).as("held anyway: a moderator sees it").isSameAs(hold);
        assertThat(Verdict.publishFlagged("flag.reason").outcome()).isEqualTo(Verdict.Outcome.PUBLISH);
    }
}
