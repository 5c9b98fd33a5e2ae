package org.peersupport.portal.workshop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.shared.web.BarChart;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.WorkshopFigures;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * facilitation/workshops.xhtml: the host's workshops, drafts included, and their figures: two
 * server-drawn charts (the rates, the waitlists) of the latest workshops that took sign-ups, with a
 * table of every figure for screen readers.
 */
@Named
@RequestScoped
public class HostedWorkshopsPage {

    /** Enough bars to read at a glance, and room under each for its name. */
    static final int CHARTED = 8;
    private static final int LABEL_LENGTH = 12;

    @Inject
    private WorkshopViews views;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private List<WorkshopFigures> figures = List.of();
    private List<WorkshopFigures> charted = List.of();
    private BarChart rates;
    private BarChart waitlists;

    public void load() {
        figures = views.figures(currentMember.getId());
        List<WorkshopFigures> latest = new ArrayList<>(figures.stream().filter(f -> !f.card().isDraft()).limit(CHARTED).toList());
        Collections.reverse(latest); // oldest on the left, as time runs
        charted = latest;
        if (charted.isEmpty()) {
            return;
        }
        List<String> names = charted.stream().map(f -> shortName(f.card().title())).toList();
        double[][] rateValues = new double[3][charted.size()];
        double[][] waitValues = new double[1][charted.size()];
        for (int i = 0; i < charted.size(); i++) {
            WorkshopFigures f = charted.get(i);
            rateValues[0][i] = f.fillRate();
            rateValues[1][i] = f.confirmed() + f.waitlisted() + f.cancelled() == 0 ? Double.NaN : f.cancellationRate();
            rateValues[2][i] = f.checkedIn() ? f.noShowRate() : Double.NaN;
            waitValues[0][i] = f.waitlisted();
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(locale());
        NumberFormat percent = NumberFormat.getPercentInstance(locale());
        rates = BarChart.grouped(names, List.of(series("fill"), series("cancellation"), series("noShow")), rateValues, null,
                v -> percent.format(v / 100));
        waitlists = BarChart.stacked(names, List.of(series("waitlist")), waitValues, v -> whole.format(Math.round(v)));
    }

    /** A "—" where a rate has nothing to be a rate of yet (no sign-ups, nobody checked in). */
    public String percent(int rate, boolean known) {
        return known ? NumberFormat.getPercentInstance(locale()).format(rate / 100.0) : "—";
    }

    public String getRatesSummary() {
        return text("workshopStaff.figures.rates.summary", charted.size());
    }

    public String getWaitlistsSummary() {
        return text("workshopStaff.figures.waitlists.summary", charted.size(),
                charted.stream().mapToInt(WorkshopFigures::waitlisted).sum());
    }

    private BarChart.Series series(String name) {
        return new BarChart.Series(text("workshopStaff.figures." + name), "chart__bar--workshop-" + name.toLowerCase(Locale.ROOT));
    }

    static String shortName(String title) {
        String stripped = title.strip();
        return stripped.length() <= LABEL_LENGTH ? stripped : stripped.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    private String text(String key, Object... arguments) {
        return Bundle.text(locale(), key, arguments);
    }

    public List<WorkshopFigures> getFigures() {
        return figures;
    }

    public List<WorkshopFigures> getCharted() {
        return charted;
    }

    public BarChart getRates() {
        return rates;
    }

    public BarChart getWaitlists() {
        return waitlists;
    }
}
