package org.peersupport.portal.journeys;

import org.peersupport.portal.testsupport.Browser;

/** Asking for a mentor, /mentoring/request.xhtml. */
final class MentorRequestScreen {

    private final Browser browser;

    MentorRequestScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/mentoring/request.xhtml");
    }

    void need(String label) {
        Screens.tickOption(browser, "request:needs", label);
    }

    /** Unticks the languages the form starts with (the member's own) and ticks this one. */
    void speakOnly(String language) {
        Screens.untickAll(browser, "request:languages");
        Screens.tickOption(browser, "request:languages", language);
    }

    void addFreeTime(String label) {
        Screens.tickOption(browser, "request:availability", label);
    }

    /** The mentor's age range, by the values of its two ends. */
    void mentorAged(String from, String to) {
        browser.select("request:ageFrom", from).select("request:ageTo", to);
    }

    void send() {
        browser.click("request:submit");
    }

    /** Sends the request and waits for the mentoring page it leads back to. */
    void sendAndReturnToMentoringPage() {
        send();
        browser.waitUntil(() -> browser.path().startsWith("/mentoring/index.xhtml"));
    }

    /** What the page says instead of the form when the member has asked already, or has a mentor. */
    String alreadyNotice() {
        return browser.text(org.openqa.selenium.By.id("alreadyAsked"));
    }

    boolean showsForm() {
        return browser.isPresent(org.openqa.selenium.By.id("request"));
    }

    String messageNextToNeeds() {
        return Screens.messageNextTo(browser, "request:needs");
    }

    String messageNextToAgeRangeEnd() {
        return Screens.messageNextTo(browser, "request:ageTo");
    }
}
