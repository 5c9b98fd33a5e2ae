package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A member's record as moderators see it: sanctions and their history. */
final class MemberRecordScreen {

    private static final By HISTORY = By.id("history");
    private static final By NOTES = By.id("notes");

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
}
