package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The site header as a person meets it: what it shows, its Menu (small screens) and account menu (laptops). */
final class HeaderScreen {

    private static final By HEADER = By.cssSelector(".site-header");
    private static final By NAVIGATION = By.cssSelector(".site-nav");
    private static final By STAFF_TOOLS = By.id("staffNav");
    private static final By GET_HELP = By.id("getHelp");

    private final Browser browser;

    HeaderScreen(Browser browser) {
        this.browser = browser;
    }

    boolean menuExpanded() {
        return "true".equals(browser.find(By.id("menuToggle")).getDomAttribute("aria-expanded"));
    }

    boolean navigationShown() {
        return browser.find(NAVIGATION).isDisplayed();
    }

    boolean staffToolsShown() {
        return browser.find(STAFF_TOOLS).isDisplayed();
    }

    boolean getHelpShown() {
        return browser.find(GET_HELP).isDisplayed();
    }

    /** The header's and the staff bar's height together, in CSS pixels. */
    long height() {
        return ((Number) browser.evaluate("return document.querySelector('.site-header').getBoundingClientRect().height"
                + " + (document.getElementById('staffNav') ? document.getElementById('staffNav').getBoundingClientRect().height : 0);"))
                .longValue();
    }

    long rowHeight() {
        return ((Number) browser.evaluate("return document.querySelector('.site-header__inner').getBoundingClientRect().height;")).longValue();
    }

    /** What the header and the staff bar show (hidden parts have no visible text). */
    String visibleText() {
        String staff = browser.isPresent(STAFF_TOOLS) ? browser.text(STAFF_TOOLS) : "";
        return browser.text(HEADER) + "\n" + staff;
    }

    void toggleMenu() {
        browser.click("menuToggle");
    }

    void toggleAccount() {
        browser.click("accountToggle");
    }

    void focusFirstLink() {
        browser.evaluate("document.querySelector('.site-nav a').focus();");
    }

    String focusedId() {
        return String.valueOf(browser.evaluate("return document.activeElement.id;"));
    }
}
