package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The attendance sheet, /facilitation/attendance.xhtml: one row per member with four toggles. */
final class AttendanceScreen {

    private static final By COUNT = By.cssSelector(".attendance__count");

    private final Browser browser;

    AttendanceScreen(Browser browser) {
        this.browser = browser;
    }

    void open(String cohortId) {
        browser.visit("/facilitation/attendance.xhtml?cohort=" + cohortId);
    }

    /** "n of m marked". */
    String count() {
        return browser.text(COUNT);
    }

    /** Marks a member (e.g. "Present") and waits until the row says it is saved. */
    void mark(String name, String label) {
        browser.click(toggle(name, label));
        browser.waitUntil(() -> browser.isPresent(saved(name)));
    }

    String savedNote(String name) {
        return browser.text(saved(name));
    }

    String toggleClasses(String name, String label) {
        return browser.find(toggle(name, label)).getDomAttribute("class");
    }

    private static String row(String name) {
        return "//li[contains(@class,'attendance__row')][span[normalize-space()='" + name + "']]";
    }

    private static By toggle(String name, String label) {
        return By.xpath(row(name) + "//div[contains(@class,'ui-button')][normalize-space()='" + label + "']");
    }

    private static By saved(String name) {
        return By.xpath(row(name) + "//span[contains(@class,'is-saved')]");
    }
}
