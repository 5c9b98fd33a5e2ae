package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The bell in the header and the notices it opens. */
final class NoticesScreen {

    private static final By NOTICES = By.id("notices");
    private static final By BELL_COUNT = By.cssSelector("#bell .bell__count");
    private static final By UNREAD = By.cssSelector(".notice--unread .notice__text");
    private static final By READ = By.cssSelector(".notice--read");

    private final Browser browser;

    NoticesScreen(Browser browser) {
        this.browser = browser;
    }

    /** The notifications page, /member/notifications.xhtml. */
    void open() {
        browser.visit("/member/notifications.xhtml");
    }

    /** All notices on the notifications page. */
    String all() {
        return browser.text(NOTICES);
    }

    boolean bellShowsACount() {
        return browser.isPresent(BELL_COUNT);
    }

    String bellCount() {
        return browser.text(BELL_COUNT);
    }

    /** The (first) unread notice on the notifications page. */
    String unread() {
        return browser.text(UNREAD);
    }

    boolean showsReadNotices() {
        return browser.isPresent(READ);
    }

    void markAllRead() {
        browser.click("notices:markAll");
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

    /** Whether the notice containing the words is marked unread in words (its "Unread" label). */
    boolean isUnread(String containing) {
        return browser.isPresent(By.xpath("//tr[.//a[contains(@class,'notice__text')][contains(., '" + containing + "')]]"
                + "//*[contains(@class,'notice__unread')][normalize-space()='Unread']"));
    }

    /** Whether the notice containing the words is drawn as a link: underlined. */
    boolean looksLikeALink(String containing) {
        return browser.find(noticeLink(containing)).getCssValue("text-decoration-line").contains("underline");
    }

    private static By noticeLink(String containing) {
        return By.xpath("//a[contains(@class,'notice__text')][contains(., '" + containing + "')]");
    }
}
