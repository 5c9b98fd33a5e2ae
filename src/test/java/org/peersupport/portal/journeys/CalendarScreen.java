package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** A member's programme calendar, /programmes/calendar.xhtml, with the private feed link. */
final class CalendarScreen {

    private static final By CALENDAR = By.cssSelector(".session-calendar");
    private static final By EVENTS = By.cssSelector(".session-calendar .fc-event");
    private static final By GROUP_SESSIONS = By.cssSelector(".session-calendar .fc-event:not(.session-event--workshop)");
    private static final By WORKSHOPS = By.cssSelector(".session-calendar .fc-event.session-event--workshop");
    private static final By NEXT_MONTH = By.cssSelector(".session-calendar .fc-next-button");
    private static final By LEGEND = By.cssSelector(".calendar-legend");
    private static final By TODAY = By.cssSelector(".session-calendar .fc-day-today");
    private static final By MONTH_TITLE = By.cssSelector(".session-calendar .fc-toolbar-title");
    private static final By PREVIOUS_MONTH = By.cssSelector(".session-calendar .fc-prev-button");
    private static final By FRAME = By.cssSelector(".calendar-frame");
    private static final By STATUS = By.id("calendarStatus");
    private static final By WEEK = By.cssSelector(".session-calendar .fc-timeGridWeek-button");
    private static final By LIST = By.cssSelector(".session-calendar .fc-listMonth-button");
    private static final By MONTH = By.cssSelector(".session-calendar .fc-dayGridMonth-button");

    private final Browser browser;

    CalendarScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/programmes/calendar.xhtml");
    }

    /** Opens the calendar from the account menu, as a person would. */
    void openFromNavigation() {
        browser.click(By.id("accountToggle"));
        browser.click(By.id("accountCalendar"));
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

    /** The classes of the first group session shown (workshops aside). */
    String firstSessionClasses() {
        return browser.find(GROUP_SESSIONS).getDomAttribute("class");
    }

    void openFirstSession() {
        browser.click(GROUP_SESSIONS);
    }

    /** The first workshop shown whose text holds {@code title}. */
    org.openqa.selenium.WebElement workshop(String title) {
        return browser.all(WORKSHOPS).stream().filter(e -> e.getText().contains(title)).findFirst().orElseThrow();
    }

    /** A shown entry's background colour, as the browser computes it (rgb(…)). */
    String background(org.openqa.selenium.WebElement event) {
        return event.getCssValue("background-color");
    }

    String foreground(org.openqa.selenium.WebElement event) {
        return event.getCssValue("color");
    }

    /** Scrolls the first workshop holding {@code title} into the middle of the window (for a screenshot). */
    void scrollToWorkshop(String title) {
        browser.evaluate("Array.from(document.querySelectorAll('.session-calendar .session-event--workshop'))"
                + ".find(e => e.textContent.indexOf('" + title.replace("\\", "").replace("'", "") + "') >= 0)"
                + ".scrollIntoView({block: 'center'});");
    }

    String legend() {
        return browser.text(LEGEND);
    }

    /** Steps forward month by month (at most two) until the calendar shows the given text. */
    void showMonthHoldingLater(String text) {
        for (int step = 0; step < 2 && !browser.text(CALENDAR).contains(text); step++) {
            String title = browser.text(MONTH_TITLE);
            browser.click(NEXT_MONTH);
            browser.waitUntil(() -> !browser.text(MONTH_TITLE).equals(title));
            browser.settle();
            browser.waitUntil(() -> "false".equals(busy()));
        }
    }

    /** Whether the page is wider than the window (a phone would scroll sideways). */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(browser.evaluate("return document.documentElement.scrollWidth > window.innerWidth;"));
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

    /** Whether the calendar says it is still loading (aria-busy on its frame). */
    String busy() {
        return browser.find(FRAME).getDomAttribute("aria-busy");
    }

    /** What the loading status says ("" once the sessions are there). */
    String status() {
        return browser.find(STATUS).getDomProperty("textContent").strip();
    }

    void showWeek() {
        browser.click(WEEK);
    }

    void showList() {
        browser.click(LIST);
    }

    void showMonth() {
        browser.click(MONTH);
    }

    /** Errors in the browser's console since the last look (the browser's own request for a site icon aside). */
    java.util.List<String> consoleErrors() {
        return browser.consoleMessages().stream().filter(m -> m.startsWith("SEVERE")).filter(m -> !m.contains("/favicon.ico")).toList();
    }
}
