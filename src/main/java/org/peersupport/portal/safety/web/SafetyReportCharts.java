package org.peersupport.portal.safety.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.safety.HoldReason;
import org.peersupport.portal.safety.ResponseTimes;
import org.peersupport.portal.safety.SafetyReport;
import org.peersupport.portal.shared.web.BarChart;

/** The safety report's three charts: alerts a week by severity, time to acknowledge, held posts a week by reason. */
public record SafetyReportCharts(BarChart alerts, BarChart times, BarChart held) {

    static SafetyReportCharts of(SafetyReport report, ReportWording words) {
        List<String> weeks = report.getAlertWeeks().stream().map(w -> words.week(w.monday())).toList();
        return new SafetyReportCharts(alerts(report, weeks, words), times(report, words), held(report, weeks, words));
    }

    private static BarChart alerts(SafetyReport report, List<String> weeks, ReportWording words) {
        List<CrisisSeverity> severities = List.of(CrisisSeverity.values());
        double[][] alerts = new double[severities.size()][weeks.size()];
        for (int s = 0; s < severities.size(); s++) {
            for (int w = 0; w < weeks.size(); w++) {
                alerts[s][w] = report.getAlertWeeks().get(w).count(severities.get(s));
            }
        }
        return BarChart.stacked(weeks, severities.stream()
                .map(s -> new BarChart.Series(words.text("crisis.severity." + s), "chart__bar--" + s.name().toLowerCase(Locale.ROOT)))
                .toList(), alerts, words::count);
    }

    private static BarChart held(SafetyReport report, List<String> weeks, ReportWording words) {
        List<HoldReason> reasons = List.of(HoldReason.values());
        double[][] held = new double[reasons.size()][weeks.size()];
        for (int r = 0; r < reasons.size(); r++) {
            for (int w = 0; w < weeks.size(); w++) {
                held[r][w] = report.getHeldWeeks().get(w).count(reasons.get(r));
            }
        }
        return BarChart.stacked(weeks, reasons.stream()
                .map(r -> new BarChart.Series(words.text("report.held.reason." + r), "chart__bar--" + r.name().toLowerCase(Locale.ROOT)))
                .toList(), held, words::count);
    }

    /** Median and 90th percentile for all alerts and each crisis severity, against the severity's deadline. */
    private static BarChart times(SafetyReport report, ReportWording words) {
        List<String> groups = new ArrayList<>();
        List<ResponseTimes> times = new ArrayList<>();
        List<Double> deadlines = new ArrayList<>();
        groups.add(words.text("report.times.all"));
        times.add(report.getTimes());
        deadlines.add(Double.NaN);
        // Crises only: a look-soon deadline of hours would squash the minutes that matter here.
        for (CrisisSeverity severity : CrisisSeverity.values()) {
            if (severity.isCrisis()) {
                groups.add(words.text("crisis.severity." + severity));
                times.add(report.times(severity));
                Duration deadline = report.acknowledgeWithin(severity);
                deadlines.add(deadline == null ? Double.NaN : ReportWording.minutes(deadline));
            }
        }
        double[][] minutes = new double[2][groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            minutes[0][g] = times.get(g).median().map(ReportWording::minutes).orElse(Double.NaN);
            minutes[1][g] = times.get(g).p90().map(ReportWording::minutes).orElse(Double.NaN);
        }
        return BarChart.grouped(groups, List.of(
                        new BarChart.Series(words.text("report.times.median"), "chart__bar--median"),
                        new BarChart.Series(words.text("report.times.p90"), "chart__bar--p90")),
                minutes, deadlines.stream().mapToDouble(Double::doubleValue).toArray(), words::minutesFigure);
    }
}
