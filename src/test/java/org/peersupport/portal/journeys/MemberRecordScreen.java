package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A member's record as moderators see it: sanctions and their history. */
final class MemberRecordScreen {

    private static final By HISTORY = By.id("history");

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

    String history() {
        return browser.text(HISTORY);
    }
}
