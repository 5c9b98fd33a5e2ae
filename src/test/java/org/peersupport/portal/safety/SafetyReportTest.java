package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService.DailyReviewCount;
import org.peersupport.portal.moderation.ReviewItem;
import org.peersupport.portal.safety.SafetyReport.AlertFacts;

/** Weeks are ISO weeks in UTC (Monday 00:00 to Monday 00:00); 4 March 2024 was a Monday. */
class SafetyReportTest {

    private static final Map<CrisisSeverity, Duration> DEADLINES =
            Map.of(CrisisSeverity.HIGH, Duration.ofMinutes(15), CrisisSeverity.MEDIUM, Duration.ofMinutes(60));
    private static final Instant FROM = Instant.parse("2024-03-06T10:00:00Z"); // a Wednesday
    private static final Instant TO = Instant.parse("2024-03-27T10:00:00Z"); // three weeks later

    @Test
    void everyWeekThePeriodTouchesIsListedFromItsMonday() {
        assertThat(SafetyReport.weeks(FROM, TO)).containsExactly(monday(4), monday(11), monday(18), monday(25));
        assertThat(SafetyReport.weeks(Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-18T00:00:00Z")))
                .as("the end is not in the period: the week starting on it is not listed").containsExactly(monday(4), monday(11));
        assertThat(SafetyReport.weeks(Instant.parse("2024-03-10T23:59:59Z"), Instant.parse("2024-03-11T00:00:01Z")))
                .as("two seconds across midnight on Sunday, two weeks").containsExactly(monday(4), monday(11));
        assertThatThrownBy(() -> SafetyReport.weeks(TO, FROM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quietWeeksAreZerosAndEachAlertCountsInTheUtcWeekItWasRaised() {
        SafetyReport report = SafetyReport.of(FROM, TO, List.of(
                alert(CrisisSeverity.HIGH, "2024-03-10T23:59:59.999Z", 5, null),  // Sunday night: week of 4 March
                alert(CrisisSeverity.MEDIUM, "2024-03-11T00:00:00Z", 30, null),   // Monday 00:00: week of 11 March
                alert(CrisisSeverity.MEDIUM, "2024-03-12T08:00:00Z", null, null),
                alert(CrisisSeverity.HIGH, "2024-03-26T09:00:00Z", 2, null),
                alert(CrisisSeverity.HIGH, "2024-03-06T09:59:59Z", 1, null),      // before the period
                alert(CrisisSeverity.HIGH, "2024-03-27T10:00:00Z", 1, null)),     // at its end: after it
                List.of(), DEADLINES);

        assertThat(report.getAlertWeeks()).extracting(SafetyReport.AlertWeek::monday)
                .containsExactly(monday(4), monday(11), monday(18), monday(25));
        assertThat(report.getAlertWeeks()).extracting(w -> w.count(CrisisSeverity.HIGH)).containsExactly(1, 0, 0, 1);
        assertThat(report.getAlertWeeks()).extracting(w -> w.count(CrisisSeverity.MEDIUM)).containsExactly(0, 2, 0, 0);
        assertThat(report.getAlertWeeks().get(2).total()).as("a quiet week is a zero, not a gap").isZero();
        assertThat(report.getAlerts()).isEqualTo(4);
        assertThat(report.alerts(CrisisSeverity.HIGH)).isEqualTo(2);
    }

    @Test
    void timesToAcknowledgeLeaveOutTheAlertsStillWaitingAndCountThem() {
        SafetyReport report = SafetyReport.of(FROM, TO, List.of(
                alert(CrisisSeverity.HIGH, "2024-03-07T10:00:00Z", 4, null),
                alert(CrisisSeverity.HIGH, "2024-03-08T10:00:00Z", 10, null),
                alert(CrisisSeverity.MEDIUM, "2024-03-09T10:00:00Z", 2, CrisisOutcome.MEMBER_SAFE),
                escalated(alert(CrisisSeverity.MEDIUM, "2024-03-13T10:00:00Z", 75, CrisisOutcome.REFERRED_TO_CARE_TEAM)),
                escalated(alert(CrisisSeverity.MEDIUM, "2024-03-14T10:00:00Z", null, null))),
                List.of(), DEADLINES);

        // all acknowledged, sorted: 2, 4, 10, 75 → median rank 2 = 4, p90 rank 4 = 75
        assertThat(report.getTimes().count()).isEqualTo(4);
        assertThat(report.getTimes().median()).contains(Duration.ofMinutes(4));
        assertThat(report.getTimes().p90()).contains(Duration.ofMinutes(75));
        assertThat(report.times(CrisisSeverity.HIGH).median()).contains(Duration.ofMinutes(4));
        assertThat(report.times(CrisisSeverity.HIGH).p90()).contains(Duration.ofMinutes(10));
        assertThat(report.times(CrisisSeverity.MEDIUM).median()).contains(Duration.ofMinutes(2));
        assertThat(report.times(CrisisSeverity.MEDIUM).p90()).contains(Duration.ofMinutes(75));
        assertThat(report.getUnacknowledged()).isEqualTo(1);
        assertThat(report.unacknowledged(CrisisSeverity.MEDIUM)).isEqualTo(1);
        assertThat(report.unacknowledged(CrisisSeverity.HIGH)).isZero();
        assertThat(report.getEscalated()).isEqualTo(2);
        assertThat(report.getClosed()).isEqualTo(2);
        assertThat(report.getOutcomes()).containsEntry(CrisisOutcome.MEMBER_SAFE, 1)
                .containsEntry(CrisisOutcome.REFERRED_TO_CARE_TEAM, 1).containsEntry(CrisisOutcome.NO_RESPONSE, 0)
                .hasSize(CrisisOutcome.values().length);
        assertThat(report.acknowledgeWithin(CrisisSeverity.HIGH)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aPeriodWithoutAlertsHasNoTimesAtAll() {
        SafetyReport report = SafetyReport.of(FROM, TO, List.of(), List.of(), DEADLINES);
        assertThat(report.getAlerts()).isZero();
        assertThat(report.getTimes().isEmpty()).isTrue();
        assertThat(report.times(CrisisSeverity.HIGH).median()).isEmpty();
        assertThat(report.getAlertWeeks()).hasSize(4).allSatisfy(w -> assertThat(w.total()).isZero());
        assertThat(report.getHeldWeeks()).hasSize(4).allSatisfy(w -> assertThat(w.held()).isZero());
    }

    @Test
    void heldPostsAreGroupedByReasonAndHiddenOnesCountedApart() {
        SafetyReport report = SafetyReport.of(FROM, TO, List.of(), List.of(
                new DailyReviewCount(LocalDate.parse("2024-03-06"), ReviewItem.Kind.CRISIS_ALERT, "moderation.reason.crisis", 2),
                new DailyReviewCount(LocalDate.parse("2024-03-10"), ReviewItem.Kind.HELD_POST, "moderation.reason.watched", 3),
                new DailyReviewCount(LocalDate.parse("2024-03-11"), ReviewItem.Kind.HELD_POST, "moderation.reason.newMember", 4),
                new DailyReviewCount(LocalDate.parse("2024-03-11"), ReviewItem.Kind.HELD_POST, "moderation.reason.somethingNew", 1),
                new DailyReviewCount(LocalDate.parse("2024-03-26"), ReviewItem.Kind.FLAGGED_POST, "moderation.reason.flagged", 5),
                new DailyReviewCount(LocalDate.parse("2024-04-02"), ReviewItem.Kind.HELD_POST, "moderation.reason.watched", 9)),
                DEADLINES);

        List<SafetyReport.HeldWeek> weeks = report.getHeldWeeks();
        assertThat(weeks).extracting(w -> w.count(HoldReason.CRISIS)).containsExactly(2, 0, 0, 0);
        assertThat(weeks).extracting(w -> w.count(HoldReason.WATCHED)).as("Sunday 10 March: first week").containsExactly(3, 0, 0, 0);
        assertThat(weeks).extracting(w -> w.count(HoldReason.NEW_MEMBER)).containsExactly(0, 4, 0, 0);
        assertThat(weeks).extracting(w -> w.count(HoldReason.OTHER)).containsExactly(0, 1, 0, 0);
        assertThat(weeks).extracting(SafetyReport.HeldWeek::held).containsExactly(5, 5, 0, 0);
        assertThat(weeks).extracting(SafetyReport.HeldWeek::hiddenAfterFlags).containsExactly(0, 0, 0, 5);
        assertThat(report.getHeld()).as("flagged posts were published first, not held; a later week is left out").isEqualTo(10);
        assertThat(report.held(HoldReason.CRISIS)).isEqualTo(2);
        assertThat(report.getHiddenAfterFlags()).isEqualTo(5);
    }

    @Test
    void aHeldItemsReasonNamesItsGroup() {
        assertThat(HoldReason.of(ReviewItem.Kind.CRISIS_ALERT, "moderation.reason.crisis")).isEqualTo(HoldReason.CRISIS);
        assertThat(HoldReason.of(ReviewItem.Kind.HELD_POST, "moderation.reason.crisis")).isEqualTo(HoldReason.CRISIS);
        assertThat(HoldReason.of(ReviewItem.Kind.HELD_POST, "moderation.reason.watched")).isEqualTo(HoldReason.WATCHED);
        assertThat(HoldReason.of(ReviewItem.Kind.HELD_POST, "moderation.reason.newMember")).isEqualTo(HoldReason.NEW_MEMBER);
        assertThat(HoldReason.of(ReviewItem.Kind.HELD_POST, "anything else")).isEqualTo(HoldReason.OTHER);
    }

    @Test
    void lookSoonAlertsAreCountedApartFromCrises() {
        SafetyReport report = SafetyReport.of(FROM, TO, List.of(
                alert(CrisisSeverity.HIGH, "2024-03-07T10:00:00Z", 4, null),
                alert(CrisisSeverity.LOOK_SOON, "2024-03-07T11:00:00Z", 200, CrisisOutcome.MEMBER_SAFE),
                alert(CrisisSeverity.LOOK_SOON, "2024-03-08T11:00:00Z", null, null),
                escalated(alert(CrisisSeverity.LOOK_SOON, "2024-03-12T11:00:00Z", null, null))),
                List.of(), DEADLINES);
        assertThat(report.getAlerts()).as("crises only").isEqualTo(1);
        assertThat(report.getLookSoonAlerts()).isEqualTo(3);
        assertThat(report.alerts(CrisisSeverity.LOOK_SOON)).isEqualTo(3);
        assertThat(report.getAlertWeeks().get(0).count(CrisisSeverity.LOOK_SOON)).isEqualTo(2);
        assertThat(report.getAlertWeeks().get(0).total()).as("a week's crisis total leaves them out").isEqualTo(1);
        assertThat(report.getTimes().count()).as("the headline times are about crises").isEqualTo(1);
        assertThat(report.times(CrisisSeverity.LOOK_SOON).count()).isEqualTo(1);
        assertThat(report.getUnacknowledged()).isZero();
        assertThat(report.unacknowledged(CrisisSeverity.LOOK_SOON)).isEqualTo(2);
        assertThat(report.getEscalated()).isZero();
        assertThat(report.getLookSoonEscalated()).isEqualTo(1);
        assertThat(report.getClosed()).as("outcomes cover every closed alert").isEqualTo(1);
    }

    private static AlertFacts alert(CrisisSeverity severity, String raised, Integer minutesToAcknowledge, CrisisOutcome outcome) {
        Instant raisedAt = Instant.parse(raised);
        return new AlertFacts(severity, raisedAt,
                minutesToAcknowledge == null ? null : raisedAt.plus(Duration.ofMinutes(minutesToAcknowledge)), null, outcome);
    }

    private static AlertFacts escalated(AlertFacts alert) {
        return new AlertFacts(alert.severity(), alert.raisedAt(), alert.acknowledgedAt(), alert.raisedAt().plusSeconds(3600),
                alert.outcome());
    }

    private static LocalDate monday(int dayOfMarch) {
        return LocalDate.of(2024, 3, dayOfMarch);
    }
}
