package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A member's programme calendar, /programmes/calendar.xhtml, with the private feed link. */
final class CalendarScreen {

    private static final By CALENDAR = By.cssSelector(".session-calendar");
    private static final By EVENTS = By.cssSelector(".session-calendar .fc-event");
    private static final By TODAY = By.cssSelector(".session-calendar .fc-day-today");
    private static final By MONTH_TITLE = By.cssSelector(".session-calendar .fc-toolbar-title");
    private static final By PREVIOUS_MONTH = By.cssSelector(".session-calendar .fc-prev-button");

    private final Browser browser;

    CalendarScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/programmes/calendar.xhtml");
    }

    /** Opens the calendar through the navigation, as a person would. */
    void openFromNavigation() {
        browser.click(By.linkText("Calendar"));
    }

    /** The date (yyyy-mm-dd) the calendar marks as today, once it shows. */
    String today() {
        browser.waitUntil(() -> browser.isPresent(TODAY));
        return browser.find(TODAY).getDomAttribute("data-date");
    }

    /** Waits until the calendar has loaded sessions for the visible range (by Ajax). */
    void waitForSessions() {
        browser.waitUntil(() -> browser.isPresent(EVENTS));
    }

    String shown() {
        return browser.text(CALENDAR);
    }

    String firstSessionClasses() {
        return browser.find(EVENTS).getDomAttribute("class");
    }

    void openFirstSession() {
        browser.click(EVENTS);
    }

    /** Steps back month by month (at most three) until the calendar shows the given text. */
    void showMonthHolding(String text) {
        for (int step = 0; step < 3 && !browser.text(CALENDAR).contains(text); step++) {
            String title = browser.text(MONTH_TITLE);
            browser.click(PREVIOUS_MONTH);
            browser.waitUntil(() -> !browser.text(MONTH_TITLE).equals(title));
            browser.settle();
        }
    }

    void createFeed() {
        browser.submitAndWaitForPage("feed:createFeed");
    }

    /** Replaces the private link, confirming it. */
    void replaceFeed() {
        browser.click("feed:replaceFeed");
        browser.submitAndWaitForPage("feed:confirmReplace");
    }

    String feedUrl() {
        return browser.value("feedUrl");
    }
}
