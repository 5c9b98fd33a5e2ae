package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The member's own erasure, /member/erase.xhtml, reached from the dashboard. */
final class EraseScreen {

    private static final By DASHBOARD_LINK = By.id("eraseLink");
    private static final By PENDING = By.id("erasePending");
    private static final By BANNER = By.id("erasureBanner");

    private final Browser browser;

    EraseScreen(Browser browser) {
        this.browser = browser;
    }

    void openFromDashboard() {
        browser.visit("/member/dashboard.xhtml");
        browser.submitAndWaitForPage(DASHBOARD_LINK);
    }

    /** Types the password and sends it with Enter, as a keyboard user would. */
    void askWithKeyboard(String password) {
        browser.type("erase:password", password);
        browser.find(By.id("erase:password")).sendKeys(Keys.ENTER);
        browser.settle();
    }

    void ask(String password) {
        browser.type("erase:password", password);
        browser.click("erase:ask");
    }

    void cancel() {
        browser.click("erase:cancel");
    }

    boolean isPending() {
        return browser.isPresent(PENDING);
    }

    String pending() {
        return browser.text(PENDING);
    }

    String passwordMessage() {
        return Screens.messageNextTo(browser, "erase:password");
    }

    String banner() {
        return browser.text(BANNER);
    }

    void cancelFromBanner() {
        browser.submitAndWaitForPage("erasureBanner:cancelErasure");
    }

    boolean bannerShown() {
        return browser.isPresent(BANNER);
    }
}
