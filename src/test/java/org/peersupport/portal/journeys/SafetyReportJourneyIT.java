package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

/** The demo data holds crisis alerts and held posts over the last twelve weeks, so every period has some. */
@ExtendWith(BrowserExtension.class)
class SafetyReportJourneyIT {

    @Test
    void anAdminReadsTheSafetyReportAsChartsWithTheirFiguresAndSwitchesThePeriod(Browser browser) {
        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        browser.click(By.linkText("Safety report"));

        assertThat(Screens.heading(browser)).isEqualTo("Safety report");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).as("30 days unless asked").isEqualTo("Last 30 days");
        for (String chart : List.of("alertsChart", "timesChart", "heldChart")) {
            WebElement svg = browser.find(Screens.SafetyReport.chart(chart));
            assertThat(svg.getDomAttribute("aria-label")).as(chart + " says what it shows").isNotBlank();
            assertThat(browser.all(Screens.SafetyReport.bars(chart))).as(chart + " has bars").isNotEmpty();
        }
        assertThat(browser.find(Screens.SafetyReport.chart("alertsChart")).getDomAttribute("aria-label"))
                .startsWith("Stacked bar chart of crisis alerts per week over the last 30 days");
        int alertsIn30Days = Integer.parseInt(browser.text(By.id("figureAlerts")));
        assertThat(alertsIn30Days).isPositive();
        List<WebElement> weeks = Screens.SafetyReport.figures(browser, "alertsTable");
        assertThat(weeks).as("30 days touch five or six ISO weeks, quiet ones too").hasSizeBetween(5, 6);
        // Columns: HIGH, MEDIUM, look soon, total; the headline counts crises, look-soon alerts apart.
        assertThat(weeks.stream().mapToInt(w -> Integer.parseInt(w.findElement(By.xpath("td[1]")).getText())
                + Integer.parseInt(w.findElement(By.xpath("td[2]")).getText())).sum())
                .as("HIGH and MEDIUM add up to the headline figure").isEqualTo(alertsIn30Days);
        browser.evaluate("document.getElementById('alertsTable').scrollIntoView({block: 'center'});");
        browser.screenshot("safety-report-figures-en");

        browser.click(By.id("period90"));
        assertThat(browser.path()).isEqualTo("/admin/safety-report.xhtml?days=90");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).isEqualTo("Last 90 days");
        assertThat(browser.find(Screens.SafetyReport.chart("alertsChart")).getDomAttribute("aria-label"))
                .contains("over the last 90 days");
        assertThat(Integer.parseInt(browser.text(By.id("figureAlerts")))).isGreaterThanOrEqualTo(alertsIn30Days);
        assertThat(Screens.SafetyReport.figures(browser, "heldTable")).hasSizeBetween(13, 14);

        browser.visit("/admin/safety-report.xhtml?days=12");
        assertThat(Screens.SafetyReport.currentPeriod(browser)).as("a period not offered shows the default").isEqualTo("Last 30 days");
    }
}
