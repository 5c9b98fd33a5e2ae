package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The admins' audit log, newest entry first. */
final class AuditScreen {

    private static final By FIRST_ENTRY = By.cssSelector("tbody[id$='entries_data'] > tr:first-child");
    private static final By ENTRIES = By.cssSelector("tbody[id$='entries_data']");

    private final Browser browser;

    AuditScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/admin/audit.xhtml");
    }

    String newestEntry() {
        return browser.text(FIRST_ENTRY);
    }

    /** The entries on the first page, as read. */
    String entries() {
        return browser.text(ENTRIES);
    }
}
