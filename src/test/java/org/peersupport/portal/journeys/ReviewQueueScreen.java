package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** The moderators' review queue, item by item (each named by its topic's title). */
final class ReviewQueueScreen {

    private static final By ANY_ITEM = By.cssSelector(".queue-item");
    private static final By MEMBER_RECORD = By.linkText("Member record");
    private static final By LOOK_SOON_BANNER = By.id("lookSoonBanner");

    private final Browser browser;

    ReviewQueueScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/moderation/queue.xhtml");
    }

    void claim(String title) {
        Screens.Queue.claim(browser, title);
    }

    void approve(String title) {
        browser.click(Screens.Queue.control(title, "approve"));
    }

    void reject(String title, String reason) {
        browser.type(browser.find(Screens.Queue.control(title, "reason")).getDomAttribute("id"), reason);
        browser.click(Screens.Queue.control(title, "reject"));
    }

    String item(String title) {
        return browser.text(Screens.Queue.itemAbout(title));
    }

    boolean holds(String title) {
        return browser.isPresent(Screens.Queue.itemAbout(title));
    }

    /** The banner that points to open look-soon alerts. */
    String lookSoonBanner() {
        return browser.text(LOOK_SOON_BANNER);
    }

    void openAlertsFromBanner() {
        browser.click(new ByChained(LOOK_SOON_BANNER, By.linkText("Open the alerts")));
    }

    void openMemberRecordOf(String title) {
        browser.click(new ByChained(Screens.Queue.itemAbout(title), MEMBER_RECORD));
    }

    String firstItem() {
        return browser.text(ANY_ITEM);
    }

    /** The address of the member record of the author of an item. */
    String memberRecordOf(String title) {
        return browser.find(new ByChained(Screens.Queue.itemAbout(title), MEMBER_RECORD)).getDomAttribute("href");
    }
}
