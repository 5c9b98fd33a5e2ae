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
        Verdict crisis = Verdict.escalate("crisis");
        assertThat(block.stricter(crisis)).as("a crisis outranks a refusal").isSameAs(crisis);
        assertThat(crisis.stricter(block)).isSameAs(crisis);
    }
}
