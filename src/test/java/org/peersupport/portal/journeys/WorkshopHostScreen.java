package org.peersupport.portal.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;

/** The facilitator's workshops list with its figures (facilitation/workshops.xhtml), and the day-of check-in page. */
final class WorkshopHostScreen {

    private final Browser browser;

    WorkshopHostScreen(Browser browser) {
        this.browser = browser;
    }

    /** Through the staff bar, as a facilitator would. */
    void openFromNavigation() {
        browser.click(By.id("staffWorkshops"));
    }

    void open() {
        browser.visit("/facilitation/workshops.xhtml");
    }

    String list() {
        return browser.text(By.id("mine"));
    }

    /** The list entry of one workshop, by its title. */
    String entryOf(String title) {
        return browser.text(entry(title));
    }

    void openCheckInOf(String title) {
        browser.click(By.xpath(xpath(title) + "//a[starts-with(@id,'checkIn-')]"));
    }

    /** The bars drawn in a chart (rect elements), by the chart's id. */
    int barsIn(String chartId) {
        return browser.all(By.cssSelector("#" + chartId + " rect.chart__bar")).size();
    }

    String chartLabel(String chartId) {
        return browser.find(By.id(chartId)).getDomAttribute("aria-label");
    }

    /** The figures table's row of one workshop. */
    String figuresRowOf(String title) {
        return browser.text(By.xpath("//table[@id='figuresTable']//tr[th[contains(normalize-space(),'" + title + "')]]"));
    }

    // ---- check-in

    List<String> confirmedNames() {
        return browser.all(By.cssSelector("#confirmed .checkin-row")).stream().map(r -> r.getDomAttribute("data-name")).toList();
    }

    void markAttended(String name) {
        browser.click(mark(name, "attended"));
    }

    void markNoShow(String name) {
        browser.click(mark(name, "noShow"));
    }

    /** What the row says of the person's day ("Attended", "No-show", "Not checked in"). */
    String stateOf(String name) {
        return browser.text(By.xpath("//li[@data-name='" + name + "']//*[contains(@class,'checkin-row__state')]"));
    }

    String pressed(String name, String button) {
        WebElement b = browser.find(mark(name, button));
        return b.getDomAttribute("aria-pressed");
    }

    String row(String name) {
        return browser.text(By.xpath("//li[@data-name='" + name + "']"));
    }

    String arrived() {
        return browser.text(By.id("arrivedCount"));
    }

    String waiting() {
        return browser.text(By.id("waiting"));
    }

    /** The export link's absolute address. */
    String exportAddress() {
        return browser.find(By.id("exportCsv")).getDomProperty("href");
    }

    private static By mark(String name, String button) {
        return By.xpath("//li[@data-name='" + name + "']//button[substring(@id, string-length(@id) - string-length('" + button
                + "') + 1) = '" + button + "']");
    }

    private static By entry(String title) {
        return By.xpath(xpath(title));
    }

    private static String xpath(String title) {
        return "//li[contains(@class,'curriculum-item')][a[contains(@class,'curriculum-item__title')][normalize-space()='" + title + "']]";
    }
}
