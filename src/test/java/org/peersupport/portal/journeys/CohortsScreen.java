package org.peersupport.portal.journeys;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** Group programmes: the members' list of groups, and the facilitators' cohorts with the form that starts one. */
final class CohortsScreen {

    private static final By MINE = By.id("mine");
    private static final By ERROR = By.cssSelector(".ui-message-error");
    private static final By CREATE_FORM = By.cssSelector("#create");

    private final Browser browser;

    CohortsScreen(Browser browser) {
        this.browser = browser;
    }

    void openProgrammes() {
        browser.visit("/programmes/index.xhtml");
    }

    /** Opens the members' list of groups through the navigation, as a person would. */
    void openProgrammesFromNavigation() {
        browser.click(By.linkText("Programmes"));
    }

    /** Opens a group in the members' list by its programme and the description that names it. */
    void openGroup(String programme, String described) {
        browser.click(By.xpath("//li[contains(@class,'curriculum-item')][.//p[contains(normalize-space(),'" + described + "')]]"
                + "//a[normalize-space()='" + programme + "']"));
    }

    void openFacilitatorsList() {
        browser.visit("/facilitation/cohorts.xhtml");
    }

    /** The facilitator's own cohorts. */
    String mine() {
        return browser.text(MINE);
    }

    /** Picks the published version whose label starts with the programme's title. */
    void chooseVersionOf(String programme) {
        String version = browser.find(By.xpath("//select[@id='create:version_input']/option[starts-with(normalize-space(),"
                + "'" + programme + "')]")).getDomAttribute("value");
        browser.select("create:version", version);
    }

    void name(String name) {
        browser.type("create:name", name);
    }

    void location(String location) {
        browser.type("create:location", location);
    }

    /** Sets the start date through the date picker's own widget. */
    void startingOn(LocalDate start) {
        browser.evaluate("var w = PrimeFaces.getWidgetById('create:startDate');"
                + " if (w && w.setDate) { w.setDate(new Date(" + start.getYear() + ", " + (start.getMonthValue() - 1) + ", " + start.getDayOfMonth() + ")); }"
                + " document.getElementById('create:startDate_input').value = '" + start + "';");
    }

    void start() {
        browser.submitAndWaitForPage("create:createButton");
    }

    /** What the create form says when it refused, for a failure's description ("" when nothing was refused). */
    String refusal() {
        return browser.isPresent(ERROR) ? browser.text(CREATE_FORM) : "";
    }
}
