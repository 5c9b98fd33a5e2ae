package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.moderation.CrisisSeverity;

class CrisisAlertTest {

    private static final Instant RAISED = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant DEADLINE = RAISED.plus(Duration.ofMinutes(15));

    private static CrisisAlert alert() {
        return new CrisisAlert("FORUM_POST", 7, 42, CrisisSeverity.HIGH, "crisis-language.yaml: kill myself",
                "text", "/moderation/queue.xhtml", RAISED, DEADLINE, true);
    }

    @Test
    void anOpenAlertIsOverdueFromItsDeadlineOn() {
        CrisisAlert alert = alert();
        assertThat(alert.isOverdueAt(DEADLINE.minusMillis(1))).isFalse();
        assertThat(alert.isOverdueAt(DEADLINE)).isTrue();
        assertThat(alert.leftAt(RAISED.plus(Duration.ofMinutes(5)))).isEqualTo(Duration.ofMinutes(10));
        assertThat(alert.leftAt(DEADLINE.plusSeconds(90))).isNegative();
    }

    @Test
    void escalationHappensOnceAndOnlyPastTheDeadline() {
        CrisisAlert alert = alert();
        assertThat(alert.escalate(DEADLINE.minusSeconds(1))).isFalse();
        assertThat(alert.escalate(DEADLINE.plusSeconds(1))).isTrue();
        assertThat(alert.getEscalatedAt()).isEqualTo(DEADLINE.plusSeconds(1));
        assertThat(alert.escalate(DEADLINE.plusSeconds(60))).as("once").isFalse();
    }

    @Test
    void theFirstAcknowledgementWinsAndStopsEscalation() {
        CrisisAlert alert = alert();
        Instant at = RAISED.plus(Duration.ofMinutes(4));
        assertThat(alert.acknowledge(1, at)).isTrue();
        assertThat(alert.acknowledge(2, at.plusSeconds(5))).isFalse();
        assertThat(alert.getAcknowledgedBy()).isEqualTo(1L);
        assertThat(alert.timeToAcknowledge()).contains(Duration.ofMinutes(4));
        assertThat(alert.isOverdueAt(DEADLINE.plusSeconds(600))).isFalse();
        assertThat(alert.escalate(DEADLINE.plusSeconds(600))).isFalse();
    }

    @Test
    void closingAnUnacknowledgedAlertAcknowledgesItAndAClosedAlertStaysClosed() {
        CrisisAlert alert = alert();
        assertThat(alert.timeToAcknowledge()).isEmpty();
        alert.close(3, CrisisOutcome.REFERRED_TO_CARE_TEAM, RAISED.plus(Duration.ofMinutes(20)));
        assertThat(alert.getStatus()).isEqualTo(CrisisAlert.Status.CLOSED);
        assertThat(alert.getAcknowledgedBy()).isEqualTo(3L);
        assertThat(alert.timeToAcknowledge()).contains(Duration.ofMinutes(20));
        assertThatThrownBy(() -> alert.close(4, CrisisOutcome.MEMBER_SAFE, RAISED.plus(Duration.ofMinutes(30))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeadlineMustComeAfterTheAlert() {
        assertThatThrownBy(() -> new CrisisAlert("FORUM_POST", 1, 1, CrisisSeverity.MEDIUM, "r", "t", "/", RAISED, RAISED, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoteIsNeverEmptyNorTooLong() {
        assertThatThrownBy(() -> new CrisisAlertNote(1, 1, "   ", RAISED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrisisAlertNote(1, 1, "x".repeat(CrisisAlertNote.TEXT_MAX + 1), RAISED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CrisisAlertNote(1, 1, "  Called the clinic. ", RAISED).getText()).isEqualTo("Called the clinic.");
    }
}
