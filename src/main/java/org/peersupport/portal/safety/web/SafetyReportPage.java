package org.peersupport.portal.safety.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.safety.SafetyReport;
import org.peersupport.portal.safety.SafetyReportService;
import org.peersupport.portal.shared.web.LocaleSelection;

/** admin/safety-report.xhtml?days=7|30|90: crisis alerts and held posts over a period, as charts and tables. */
@Named
@RequestScoped
public class SafetyReportPage {

    @Inject
    private SafetyReportService reports;

    @Inject
    private LocaleSelection localeSelection;

    private String requestedDays;
    private int days;
    private SafetyReport report;
    private SafetyReportCharts charts;
    private SafetyReportTexts texts;

    /** viewAction: the report for the chosen period (a period not offered falls back to the default). */
    public void load() {
        days = SafetyReportService.PERIODS.stream().filter(p -> p.toString().equals(requestedDays)).findFirst()
                .orElse(SafetyReportService.DEFAULT_PERIOD);
        report = reports.lastDays(days);
        ReportWording words = new ReportWording(localeSelection.getLocale());
        charts = SafetyReportCharts.of(report, words);
        texts = SafetyReportTexts.of(report, days, words);
    }

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

    public SafetyReportCharts getCharts() {
        return charts;
    }

    public SafetyReportTexts getTexts() {
        return texts;
    }
}
