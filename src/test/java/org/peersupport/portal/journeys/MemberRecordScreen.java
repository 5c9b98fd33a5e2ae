package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/**
 * A member's record as moderators see it: a pending erasure, care contact, crisis alerts, sanctions
 * and their history.
 */
final class MemberRecordScreen {

    private static final By HISTORY = By.id("history");
    private static final By NOTES = By.id("notes");
    private static final By CARE_CONTACT = By.id("careContact");
    private static final By ALERTS = By.id("alertHistory");
    private static final By FIRST_ALERT = By.cssSelector("#alerts > li:first-child");
    private static final By ERASURE = By.id("erasure");
    private static final By RELEASE_FORM = By.id("releaseErasure");
    private static final By HOLDING_ALERT = By.cssSelector("#erasureAlerts a");

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

    boolean showsErasure() {
        return browser.isPresent(ERASURE);
    }

    /** The pending-erasure card: when it falls due, whether it is held and why. */
    String erasure() {
        return browser.text(ERASURE);
    }

    /** Only admins get the form that lets a held erasure go ahead. */
    boolean offersErasureRelease() {
        return browser.isPresent(RELEASE_FORM);
    }

    /** Where the link to the alert that holds the erasure goes. */
    String holdingAlertLink() {
        return browser.find(HOLDING_ALERT).getAttribute("href");
    }

    String releaseNoteMessage() {
        return Screens.messageNextTo(browser, "releaseErasure:note");
    }

    String releaseNote() {
        return browser.value("releaseErasure:note");
    }
}
