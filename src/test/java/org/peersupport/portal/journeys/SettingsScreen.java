package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** member/settings.xhtml: each section a form of its own. */
final class SettingsScreen {

    private final Browser browser;

    SettingsScreen(Browser browser) {
        this.browser = browser;
    }

    SettingsScreen open() {
        browser.visit("/member/settings.xhtml");
        return this;
    }

    /** Saves zone and language; the page loads again in them. */
    void saveRegion(String zoneId, String language) {
        browser.select("region:timeZone", zoneId).select("region:language", language);
        browser.evaluate("window.portalPageBeforeSubmit = true;");
        browser.click("region:saveRegion");
        browser.waitUntil(() -> !Boolean.TRUE.equals(browser.evaluate("return window.portalPageBeforeSubmit === true;")));
    }

    String regionNow() {
        return browser.text(By.cssSelector("#region p.muted"));
    }

    void changePassword(String current, String fresh) {
        browser.type("password:current", current).type("password:newPassword", fresh).type("password:repeated", fresh);
        browser.click("password:changePassword");
    }

    String messageNextToCurrentPassword() {
        return Screens.messageNextTo(browser, "password:current");
    }

    String typedNewPassword() {
        return browser.value("password:newPassword");
    }

    void rename(String name) {
        browser.type("name:displayName", name).click("name:saveName");
    }

    /** The devices list as the member reads it, one line per device. */
    String devices() {
        return browser.text(By.cssSelector("#devices .devices"));
    }

    int deviceCount() {
        return browser.all(By.cssSelector("#devices .devices__item")).size();
    }

    void signOutEverywhereElse() {
        browser.click("devices:signOutElsewhere");
    }

    /** Signs out the first device that is not this one. */
    void signOutAnotherDevice() {
        browser.click(By.cssSelector("#devices .devices__signOut"));
    }
}
