package org.peersupport.portal.curriculum.progress.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.peersupport.portal.curriculum.progress.AttendanceMark;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.curriculum.progress.ProgressService.AtRisk;
import org.peersupport.portal.curriculum.progress.ProgressService.CohortFigures;
import org.peersupport.portal.shared.web.BarChart;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;

/** facilitation/cohort-figures.xhtml?id=…: attendance and no-show rates, marks per session, members at risk, reflections. */
@Named
@RequestScoped
public class CohortFiguresPage {

    @Inject
    private ProgressService progress;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private CohortFigures figures;
    private BarChart chart;
    private String attendanceRate;
    private String noShowRate;
    private String chartSummary;

    public void load() {
        figures = progress.figures(currentMember.getId(), id); // another's cohort answers 404, as a missing one
        attendanceRate = percent(figures.total().attendanceRate());
        noShowRate = percent(figures.total().noShowRate());
        chartSummary = text("figures.chart.summary", figures.sessions().size(), figures.total().marked(), attendanceRate, noShowRate);
        if (figures.sessions().isEmpty()) {
            return;
        }
        List<String> sessions = figures.sessions().stream().map(s -> text("figures.chart.session", s.session().number())).toList();
        AttendanceMark[] marks = AttendanceMark.values();
        double[][] values = new double[marks.length][sessions.size()];
        for (int m = 0; m < marks.length; m++) {
            for (int s = 0; s < sessions.size(); s++) {
                values[m][s] = figures.sessions().get(s).counts().count(marks[m]);
            }
        }
        List<BarChart.Series> series = java.util.Arrays.stream(marks)
                .map(m -> new BarChart.Series(text("attendance.mark." + m), "chart__bar--" + m.name().toLowerCase(Locale.ROOT))).toList();
        chart = BarChart.stacked(sessions, series, values,
                v -> NumberFormat.getIntegerInstance(localeSelection.getLocale()).format(Math.round(v)));
    }

    public String getAttendanceRate() {
        return attendanceRate;
    }

    public String getNoShowRate() {
        return noShowRate;
    }

    /** What the chart shows, for screen readers. */
    public String getChartSummary() {
        return chartSummary;
    }

    public String reasons(AtRisk member) {
        return member.reasons().stream().map(r -> text("figures.risk." + r)).collect(Collectors.joining(" "));
    }

    private String percent(OptionalDouble rate) {
        return rate.isEmpty() ? "—" : NumberFormat.getPercentInstance(localeSelection.getLocale()).format(rate.getAsDouble());
    }

    private String text(String key, Object... arguments) {
        return Bundle.text(localeSelection.getLocale(), key, arguments);
    }

    public CohortFigures getFigures() {
        return figures;
    }

    public BarChart getChart() {
        return chart;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
