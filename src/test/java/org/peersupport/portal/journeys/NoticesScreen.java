package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The bell in the header and the notices it opens. */
final class NoticesScreen {

    private final Browser browser;

    NoticesScreen(Browser browser) {
        this.browser = browser;
    }

    void openBell() {
        browser.click("bell");
    }

    /** The text of the notice containing the words. */
    String notice(String containing) {
        return browser.text(noticeLink(containing));
    }

    /** Follows the notice containing the words and waits for the page it leads to. */
    void follow(String containing) {
        browser.submitAndWaitForPage(browser.find(noticeLink(containing)).getDomAttribute("id"));
    }

    private static By noticeLink(String containing) {
        return By.xpath("//a[contains(@class,'notice__text')][contains(., '" + containing + "')]");
    }
}
