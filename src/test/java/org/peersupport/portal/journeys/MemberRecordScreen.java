package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A member's record as moderators see it: care contact, crisis alerts, sanctions and their history. */
final class MemberRecordScreen {

    private static final By HISTORY = By.id("history");
    private static final By NOTES = By.id("notes");
    private static final By CARE_CONTACT = By.id("careContact");
    private static final By ALERTS = By.id("alertHistory");
    private static final By FIRST_ALERT = By.cssSelector("#alerts > li:first-child");

    private final Browser browser;

    MemberRecordScreen(Browser browser) {
        this.browser = browser;
    }

    void suspend(String days, String reason) {
        browser.select("sanction:kind", "SUSPENSION");
        browser.type("sanction:days_input", days);
        browser.type("sanction:reason", reason);
        browser.click("sanction:apply");
    }

    void warn(String reason) {
        browser.select("sanction:kind", "WARNING");
        browser.type("sanction:reason", reason);
        browser.click("sanction:apply");
    }

    /** Adds a moderators' note to the record. */
    void addNote(String note) {
        browser.type("notes:note", note);
        browser.click("notes:addNote");
    }

    String notes() {
        return browser.text(NOTES);
    }

    String history() {
        return browser.text(HISTORY);
    }

    String careContact() {
        return browser.text(CARE_CONTACT);
    }

    /** The crisis-alert history: each alert, then how many are shown of how many. */
    String alerts() {
        return browser.text(ALERTS);
    }

    String newestAlert() {
        return browser.text(FIRST_ALERT);
    }

    /** Follows the newest alert's link to its page. */
    void openNewestAlert() {
        browser.submitAndWaitForPage(new org.openqa.selenium.support.pagefactory.ByChained(FIRST_ALERT, By.tagName("a")));
    }
}
