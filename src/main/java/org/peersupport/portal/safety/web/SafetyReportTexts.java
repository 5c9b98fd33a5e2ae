package org.peersupport.portal.safety.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.safety.CrisisOutcome;
import org.peersupport.portal.safety.HoldReason;
import org.peersupport.portal.safety.ResponseTimes;
import org.peersupport.portal.safety.SafetyReport;

/**
 * What the safety report says in words: the headline figures' values and details, the tables'
 * rows, and what each chart shows, for screen readers. Worked out once when the report loads.
 */
public record SafetyReportTexts(String median, String p90, String alertsDetail, String lookSoonDetail, String medianDetail,
        String p90Detail, String heldDetail, String waitingNotice, List<TimeRow> timeRows, List<OutcomeRow> outcomeRows,
        String alertsSummary, String timesSummary, String heldSummary) {

    /** A row of the time-to-acknowledge table: all alerts, then each severity. */
    public record TimeRow(String label, String median, String p90, int acknowledged, int waiting, String deadline) {}

    /** A row of the outcomes table. */
    public record OutcomeRow(String label, int count) {}

    static SafetyReportTexts of(SafetyReport report, int days, ReportWording words) {
        ResponseTimes all = report.getTimes();
        String median = words.duration(all.median());
        String p90 = words.duration(all.p90());
        return new SafetyReportTexts(median, p90,
                words.text("report.figure.alertsDetail", report.alerts(CrisisSeverity.HIGH), report.alerts(CrisisSeverity.MEDIUM)),
                words.text("lookSoon.report.detail", report.unacknowledged(CrisisSeverity.LOOK_SOON), report.getLookSoonEscalated(),
                        words.duration(report.times(CrisisSeverity.LOOK_SOON).median())),
                all.isEmpty() ? words.text("report.figure.noTimes") : words.text("report.figure.medianDetail", all.count()),
                words.text(all.isEmpty() ? "report.figure.noTimes" : "report.figure.p90Detail"),
                words.text("report.figure.heldDetail", report.held(HoldReason.CRISIS), report.getHiddenAfterFlags()),
                words.text("report.times.waitingNotice", report.getUnacknowledged()),
                timeRows(report, words), outcomeRows(report, words),
                alertsSummary(report, days, words),
                words.text("report.times.summary", median, p90, all.count(),
                        words.duration(report.times(CrisisSeverity.HIGH).median()), words.duration(report.times(CrisisSeverity.HIGH).p90()),
                        words.duration(report.times(CrisisSeverity.MEDIUM).median()), words.duration(report.times(CrisisSeverity.MEDIUM).p90())),
                words.text("report.held.summary", days, report.getHeld(), report.held(HoldReason.CRISIS),
                        report.held(HoldReason.WATCHED), report.held(HoldReason.NEW_MEMBER), report.held(HoldReason.OTHER)));
    }

    private static List<TimeRow> timeRows(SafetyReport report, ReportWording words) {
        List<TimeRow> rows = new ArrayList<>();
        ResponseTimes all = report.getTimes();
        rows.add(new TimeRow(words.text("report.times.all"), words.duration(all.median()), words.duration(all.p90()), all.count(),
                report.getUnacknowledged(), ReportWording.NONE));
        for (CrisisSeverity severity : CrisisSeverity.values()) {
            ResponseTimes times = report.times(severity);
            Duration deadline = report.acknowledgeWithin(severity);
            rows.add(new TimeRow(words.text("crisis.severity." + severity), words.duration(times.median()),
                    words.duration(times.p90()), times.count(), report.unacknowledged(severity),
                    deadline == null ? ReportWording.NONE : words.duration(Optional.of(deadline))));
        }
        return List.copyOf(rows);
    }

    private static List<OutcomeRow> outcomeRows(SafetyReport report, ReportWording words) {
        return Arrays.stream(CrisisOutcome.values())
                .map(o -> new OutcomeRow(words.text("crisis.outcome." + o), report.getOutcomes().get(o))).toList();
    }

    private static String alertsSummary(SafetyReport report, int days, ReportWording words) {
        SafetyReport.AlertWeek busiest = report.getAlertWeeks().stream()
                .max((a, b) -> Integer.compare(a.total(), b.total())).orElseThrow();
        return words.text("report.alerts.summary", days, report.getAlerts(), report.alerts(CrisisSeverity.HIGH),
                report.alerts(CrisisSeverity.MEDIUM), words.week(busiest.monday()), busiest.total())
                + " " + words.text("lookSoon.report.summary", report.getLookSoonAlerts());
    }
}
