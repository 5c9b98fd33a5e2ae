package org.peersupport.portal.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.safety.CrisisOutcome;
import org.peersupport.portal.safety.HoldReason;
import org.peersupport.portal.safety.ResponseTimes;
import org.peersupport.portal.safety.SafetyReport;
import org.peersupport.portal.safety.SafetyReportService;
import org.peersupport.portal.shared.web.BarChart;
import org.peersupport.portal.shared.web.Bundle;

/** admin/safety-report.xhtml?days=7|30|90: crisis alerts and held posts over a period, as charts and tables. */
@Named
@RequestScoped
public class SafetyReportPage {

    private static final String NONE = "—";

    @Inject
    private SafetyReportService reports;

    @Inject
    private LocaleSelection localeSelection;

    private String requestedDays;
    private int days;
    private SafetyReport report;
    private BarChart alertsChart;
    private BarChart timesChart;
    private BarChart heldChart;

    /** A row of the time-to-acknowledge table: all alerts, then each severity. */
    public record TimeRow(String label, String median, String p90, int acknowledged, int waiting, String deadline) {}

    /** A row of the outcomes table. */
    public record OutcomeRow(String label, int count) {}

    /** viewAction: the report for the chosen period (a period not offered falls back to the default). */
    public void load() {
        days = SafetyReportService.PERIODS.stream().filter(p -> p.toString().equals(requestedDays)).findFirst()
                .orElse(SafetyReportService.DEFAULT_PERIOD);
        report = reports.lastDays(days);
        List<String> weeks = report.getAlertWeeks().stream().map(w -> weekLabel(w.monday())).toList();

        List<CrisisSeverity> severities = List.of(CrisisSeverity.values());
        double[][] alerts = new double[severities.size()][weeks.size()];
        for (int s = 0; s < severities.size(); s++) {
            for (int w = 0; w < weeks.size(); w++) {
                alerts[s][w] = report.getAlertWeeks().get(w).count(severities.get(s));
            }
        }
        alertsChart = BarChart.stacked(weeks, severities.stream()
                .map(s -> new BarChart.Series(text("crisis.severity." + s), "chart__bar--" + s.name().toLowerCase(Locale.ROOT)))
                .toList(), alerts, this::count);

        List<HoldReason> reasons = List.of(HoldReason.values());
        double[][] held = new double[reasons.size()][weeks.size()];
        for (int r = 0; r < reasons.size(); r++) {
            for (int w = 0; w < weeks.size(); w++) {
                held[r][w] = report.getHeldWeeks().get(w).count(reasons.get(r));
            }
        }
        heldChart = BarChart.stacked(weeks, reasons.stream()
                .map(r -> new BarChart.Series(text("report.held.reason." + r), "chart__bar--" + r.name().toLowerCase(Locale.ROOT)))
                .toList(), held, this::count);

        List<String> groups = new ArrayList<>();
        List<ResponseTimes> times = new ArrayList<>();
        List<Double> deadlines = new ArrayList<>();
        groups.add(text("report.times.all"));
        times.add(report.getTimes());
        deadlines.add(Double.NaN);
        // Crises only: a look-soon deadline of hours would squash the minutes that matter here.
        for (CrisisSeverity severity : severities.stream().filter(CrisisSeverity::isCrisis).toList()) {
            groups.add(text("crisis.severity." + severity));
            times.add(report.times(severity));
            Duration deadline = report.acknowledgeWithin(severity);
            deadlines.add(deadline == null ? Double.NaN : minutes(deadline));
        }
        double[][] minutes = new double[2][groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            minutes[0][g] = times.get(g).median().map(SafetyReportPage::minutes).orElse(Double.NaN);
            minutes[1][g] = times.get(g).p90().map(SafetyReportPage::minutes).orElse(Double.NaN);
        }
        timesChart = BarChart.grouped(groups, List.of(
                        new BarChart.Series(text("report.times.median"), "chart__bar--median"),
                        new BarChart.Series(text("report.times.p90"), "chart__bar--p90")),
                minutes, deadlines.stream().mapToDouble(Double::doubleValue).toArray(), this::minutesFigure);
    }

    // ---- headline figures ----

    public String getMedian() {
        return duration(report.getTimes().median());
    }

    public String getP90() {
        return duration(report.getTimes().p90());
    }

    public String getAlertsDetail() {
        return text("report.figure.alertsDetail", report.alerts(CrisisSeverity.HIGH), report.alerts(CrisisSeverity.MEDIUM));
    }

    /** The look-soon figure's detail: how many still wait and how many were escalated. */
    public String getLookSoonDetail() {
        return text("lookSoon.report.detail", report.unacknowledged(CrisisSeverity.LOOK_SOON), report.getLookSoonEscalated(),
                duration(report.times(CrisisSeverity.LOOK_SOON).median()));
    }

    public String getMedianDetail() {
        return report.getTimes().isEmpty() ? text("report.figure.noTimes")
                : text("report.figure.medianDetail", report.getTimes().count());
    }

    public String getP90Detail() {
        return text(report.getTimes().isEmpty() ? "report.figure.noTimes" : "report.figure.p90Detail");
    }

    public String getHeldDetail() {
        return text("report.figure.heldDetail", report.held(HoldReason.CRISIS), report.getHiddenAfterFlags());
    }

    public String getWaitingNotice() {
        return text("report.times.waitingNotice", report.getUnacknowledged());
    }

    public List<TimeRow> getTimeRows() {
        List<TimeRow> rows = new ArrayList<>();
        ResponseTimes all = report.getTimes();
        rows.add(new TimeRow(text("report.times.all"), duration(all.median()), duration(all.p90()), all.count(),
                report.getUnacknowledged(), NONE));
        for (CrisisSeverity severity : CrisisSeverity.values()) {
            ResponseTimes times = report.times(severity);
            Duration deadline = report.acknowledgeWithin(severity);
            rows.add(new TimeRow(text("crisis.severity." + severity), duration(times.median()), duration(times.p90()),
                    times.count(), report.unacknowledged(severity), deadline == null ? NONE : duration(Optional.of(deadline))));
        }
        return rows;
    }

    public List<OutcomeRow> getOutcomeRows() {
        return Arrays.stream(CrisisOutcome.values())
                .map(o -> new OutcomeRow(text("crisis.outcome." + o), report.getOutcomes().get(o))).toList();
    }

    // ---- what the charts say, for screen readers ----

    public String getAlertsSummary() {
        SafetyReport.AlertWeek busiest = report.getAlertWeeks().stream()
                .max((a, b) -> Integer.compare(a.total(), b.total())).orElseThrow();
        return text("report.alerts.summary", days, report.getAlerts(), report.alerts(CrisisSeverity.HIGH),
                report.alerts(CrisisSeverity.MEDIUM), weekLabel(busiest.monday()), busiest.total())
                + " " + text("lookSoon.report.summary", report.getLookSoonAlerts());
    }

    public String getTimesSummary() {
        return text("report.times.summary", getMedian(), getP90(), report.getTimes().count(),
                duration(report.times(CrisisSeverity.HIGH).median()), duration(report.times(CrisisSeverity.HIGH).p90()),
                duration(report.times(CrisisSeverity.MEDIUM).median()), duration(report.times(CrisisSeverity.MEDIUM).p90()));
    }

    public String getHeldSummary() {
        return text("report.held.summary", days, report.getHeld(), report.held(HoldReason.CRISIS),
                report.held(HoldReason.WATCHED), report.held(HoldReason.NEW_MEMBER), report.held(HoldReason.OTHER));
    }

    /** The Monday a week starts on, short ("3 Mar"). */
    public String weekLabel(LocalDate monday) {
        return DateTimeFormatter.ofPattern("d MMM", localeSelection.getLocale()).format(monday);
    }

    // ---- formatting ----

    /** A wait as people read it: "45 s", "4 min 30 s", "1 h 5 min"; "—" when there is none. */
    String duration(Optional<Duration> wait) {
        if (wait.isEmpty()) {
            return NONE;
        }
        long seconds = wait.get().toSeconds();
        if (seconds < 60) {
            return text("report.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return seconds % 60 == 0 ? text("report.duration.minutes", seconds / 60)
                    : text("report.duration.minutesSeconds", seconds / 60, seconds % 60);
        }
        return text("report.duration.hoursMinutes", seconds / 3600, seconds % 3600 / 60);
    }

    private String count(double value) {
        return NumberFormat.getIntegerInstance(localeSelection.getLocale()).format(Math.round(value));
    }

    private String minutesFigure(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(localeSelection.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }

    private String text(String key, Object... arguments) {
        return Bundle.text(localeSelection.getLocale(), key, arguments);
    }

    // ---- page state ----

    /** The period shown, in days. */
    public int getPeriod() {
        return days;
    }

    /** The ?days= parameter as given; {@link #load()} turns it into a period. */
    public String getDays() {
        return requestedDays;
    }

    public void setDays(String days) {
        this.requestedDays = days;
    }

    public List<Integer> getPeriods() {
        return SafetyReportService.PERIODS;
    }

    public SafetyReport getReport() {
        return report;
    }

    public BarChart getAlertsChart() {
        return alertsChart;
    }

    public BarChart getTimesChart() {
        return timesChart;
    }

    public BarChart getHeldChart() {
        return heldChart;
    }
}
