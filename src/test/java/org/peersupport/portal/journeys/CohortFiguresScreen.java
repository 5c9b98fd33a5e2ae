package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A cohort's figures for its facilitator, /facilitation/cohort-figures.xhtml. */
final class CohortFiguresScreen {

    private static final By ATTENDANCE_RATE = By.id("attendanceRate");
    private static final By REFLECTIONS = By.id("reflections");
    private static final By AT_RISK = By.id("atRisk");

    private final Browser browser;

    CohortFiguresScreen(Browser browser) {
        this.browser = browser;
    }

    void open(String cohortId) {
        browser.visit("/facilitation/cohort-figures.xhtml?id=" + cohortId);
    }

    String attendanceRate() {
        return browser.text(ATTENDANCE_RATE);
    }

    boolean showsAttendanceChart() {
        return browser.isPresent(Screens.SafetyReport.chart("attendanceChart"));
    }

    int attendanceBars() {
        return browser.all(Screens.SafetyReport.bars("attendanceChart")).size();
    }

    String reflections() {
        return browser.text(REFLECTIONS);
    }

    String membersAtRisk() {
        return browser.text(AT_RISK);
    }
}
