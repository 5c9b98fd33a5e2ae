package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** The moderators' alerts, /moderation/alerts.xhtml, with the duty switch and the live badge in the header. */
final class AlertsScreen {

    private static final By OPEN = By.id("open");
    private static final By CLOSED = By.id("closed");
    private static final By DUTY = By.id("duty");
    private static final By DUTY_HEADING = By.cssSelector("#duty h2");
    private static final By DUTY_TOGGLE = By.id("duty:toggle");
    private static final By BADGE = By.id("crisisBadge");
    private static final By OPEN_LINK = By.linkText("Open");

    private final Browser browser;

    AlertsScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/moderation/alerts.xhtml");
    }

    /** Waits for the open alerts (after following a link to this page). */
    void waitForOpenAlerts() {
        browser.find(OPEN);
    }

    /** The open alert whose row mentions the words. */
    String openAlertMentioning(String words) {
        return browser.text(openAlert(words));
    }

    boolean hasOpenAlertMentioning(String words) {
        return browser.isPresent(openAlert(words));
    }

    /** Whether the severity mark (e.g. LOOK_SOON) of that open alert is shown. */
    boolean severityShownOnAlertMentioning(String words, String severity) {
        return browser.find(new ByChained(openAlert(words), By.cssSelector(".severity--" + severity))).isDisplayed();
    }

    /** The address the "Open" link of that alert leads to. */
    String addressOfAlertMentioning(String words) {
        return browser.find(new ByChained(openAlert(words), OPEN_LINK)).getDomAttribute("href");
    }

    void openAlertMentioningIt(String words) {
        browser.click(new ByChained(openAlert(words), OPEN_LINK));
    }

    void scrollToOpenAlerts() {
        browser.evaluate("document.getElementById('open').scrollIntoView();");
    }

    String closedAlerts() {
        return browser.text(CLOSED);
    }

    void goOnDutyIfOff() {
        if (browser.text(DUTY_TOGGLE).equals("Go on duty")) {
            browser.click("duty:toggle");
            browser.waitUntil(() -> browser.text(DUTY_TOGGLE).equals("Go off duty"));
        }
    }

    void goOffDuty() {
        browser.click("duty:toggle");
        browser.waitUntil(() -> browser.text(DUTY_TOGGLE).equals("Go on duty"));
    }

    String dutyHeading() {
        return browser.text(DUTY_HEADING);
    }

    String duty() {
        return browser.text(DUTY);
    }

    /** The number on the live crisis badge in the header (0 when it says there are none). */
    int awaitingOnBadge() {
        String text = browser.text(BADGE);
        return text.matches("\\d+ .*") ? Integer.parseInt(text.substring(0, text.indexOf(' '))) : 0;
    }

    String badgeClasses() {
        return browser.find(BADGE).getAttribute("class");
    }

    void openFromBadge() {
        browser.click(BADGE);
    }

    private static By openAlert(String words) {
        return By.xpath("//table[@id='open']//tr[contains(., '" + words + "')]");
    }

    /** Whether the open alert mentioning the words starts on the first screen, without scrolling. */
    /**
     * Whether the alert mentioning these words is listed, and the first waiting alert (the most urgent:
     * other journeys' alerts may come before this one) starts on the first screen.
     */
    boolean openAlertMentioningIsOnFirstScreen(String words) {
        browser.find(openAlert(words));
        return Boolean.TRUE.equals(browser.evaluate("var row = document.querySelector('#open tbody tr');"
                + " return row !== null && row.getBoundingClientRect().top < window.innerHeight - 48;"));
    }
}
