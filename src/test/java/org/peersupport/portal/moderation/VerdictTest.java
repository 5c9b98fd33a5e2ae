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

    @Test
    void aLookSoonSignalRidesOnEveryVerdictAndARefusalBecomesAHold() {
        CrisisSignal signal = new CrisisSignal(CrisisSeverity.LOOK_SOON, "crisis-language.yaml: i feel so hopeless", "I feel so hopeless");
        Verdict published = Verdict.publish().withLookSoon(signal);
        assertThat(published.outcome()).as("never held because of this tier").isEqualTo(Verdict.Outcome.PUBLISH);
        assertThat(published.lookSoon()).isSameAs(signal);
        assertThat(published.flaggedAs("flag.reason").lookSoon()).as("a flag keeps it").isSameAs(signal);

        Verdict held = Verdict.hold("moderation.reason.watched").withLookSoon(signal);
        assertThat(held.outcome()).isEqualTo(Verdict.Outcome.HOLD);
        assertThat(held.reasonKey()).isEqualTo("moderation.reason.watched");
        assertThat(held.lookSoon()).isSameAs(signal);

        Verdict refused = Verdict.block("safety.refused.watched").withLookSoon(signal);
        assertThat(refused.outcome()).as("not turned away: a moderator sees the text").isEqualTo(Verdict.Outcome.HOLD);
        assertThat(refused.reasonKey()).isEqualTo(Verdict.HELD_NOT_REFUSED_REASON);
        assertThat(refused.lookSoon()).isSameAs(signal);

        Verdict crisis = Verdict.escalate("crisis", new CrisisSignal(CrisisSeverity.HIGH, "r", "x"));
        assertThat(crisis.withLookSoon(signal)).as("a crisis already alerts").isSameAs(crisis);
        assertThat(Verdict.publish().withLookSoon(null)).isSameAs(Verdict.publish());
    }

    @Test
    void theStricterVerdictKeepsALookSoonSignalFromEitherSide() {
        CrisisSignal signal = new CrisisSignal(CrisisSeverity.LOOK_SOON, "rule", "text");
        Verdict lookSoon = Verdict.publish().withLookSoon(signal);
        assertThat(lookSoon.stricter(Verdict.hold("moderation.reason.newMember")).lookSoon()).isSameAs(signal);
        assertThat(Verdict.hold("moderation.reason.newMember").stricter(lookSoon).lookSoon()).isSameAs(signal);
        Verdict silenced = Verdict.block("moderation.refused.silenced").stricter(lookSoon);
        assertThat(silenced.outcome()).isEqualTo(Verdict.Outcome.HOLD);
        assertThat(silenced.lookSoon()).isSameAs(signal);
        assertThat(Verdict.publish().stricter(Verdict.publish()).lookSoon()).isNull();
    }
}
