package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

/** The demo data holds crisis alerts and held posts over the last twelve weeks, so every period has some. */
@ExtendWith(BrowserExtension.class)
class SafetyReportJourneyIT {

    @Test
    void anAdminReadsTheSafetyReportAsChartsWithTheirFiguresAndSwitchesThePeriod(Browser browser) {
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.SafetyReport.openFromNavigation(browser);

        assertThat(Screens.heading(browser)).isEqualTo("Safety report");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).as("30 days unless asked").isEqualTo("Last 30 days");
        for (String chart : List.of("alertsChart", "timesChart", "heldChart")) {
            assertThat(Screens.SafetyReport.chartLabel(browser, chart)).as(chart + " says what it shows").isNotBlank();
            assertThat(Screens.SafetyReport.barCount(browser, chart)).as(chart + " has bars").isPositive();
        }
        assertThat(Screens.SafetyReport.chartLabel(browser, "alertsChart"))
                .startsWith("Stacked bar chart of crisis alerts per week over the last 30 days");
        int alertsIn30Days = Integer.parseInt(Screens.SafetyReport.alertCount(browser));
        assertThat(alertsIn30Days).isPositive();
        List<WebElement> weeks = Screens.SafetyReport.figures(browser, "alertsTable");
        assertThat(weeks).as("30 days touch five or six ISO weeks, quiet ones too").hasSizeBetween(5, 6);
        // Columns: HIGH, MEDIUM, look soon, total; the headline counts crises, look-soon alerts apart.
        assertThat(weeks.stream().mapToInt(w -> Screens.SafetyReport.number(w, 1) + Screens.SafetyReport.number(w, 2)).sum())
                .as("HIGH and MEDIUM add up to the headline figure").isEqualTo(alertsIn30Days);
        Screens.SafetyReport.scrollToTable(browser, "alertsTable");
        browser.screenshot("safety-report-figures-en");

        Screens.SafetyReport.choosePeriod(browser, 90);
        assertThat(browser.path()).isEqualTo("/admin/safety-report.xhtml?days=90");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).isEqualTo("Last 90 days");
        assertThat(Screens.SafetyReport.chartLabel(browser, "alertsChart"))
                .contains("over the last 90 days");
        assertThat(Integer.parseInt(Screens.SafetyReport.alertCount(browser))).isGreaterThanOrEqualTo(alertsIn30Days);
        assertThat(Screens.SafetyReport.figures(browser, "heldTable")).hasSizeBetween(13, 14);

        browser.visit("/admin/safety-report.xhtml?days=12");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).as("a period not offered shows the default").isEqualTo("Last 30 days");
    }
}
