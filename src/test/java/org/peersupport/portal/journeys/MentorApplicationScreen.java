package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** Applying to be a peer mentor, /mentoring/apply.xhtml, and reading the outcome there. */
final class MentorApplicationScreen {

    private static final By STATUS = By.id("applicationStatus");
    private static final By COORDINATOR_NOTE = By.id("coordinatorNote");

    private final Browser browser;

    MentorApplicationScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/mentoring/apply.xhtml");
    }

    /** Follows "Apply to mentor" from the mentoring page, as a person would. */
    void openFromMentoringPage() {
        browser.visit("/mentoring/index.xhtml");
        browser.click(By.linkText("Apply to mentor"));
    }

    void chooseArea(String label) {
        Screens.tickOption(browser, "application:areas", label);
    }

    /** Unticks the languages the form starts with (the member's own) and ticks this one. */
    void speakOnly(String language) {
        Screens.untickAll(browser, "application:languages");
        Screens.tickOption(browser, "application:languages", language);
    }

    void addFreeTime(String label) {
        Screens.tickOption(browser, "application:availability", label);
    }

    void writeBio(String bio) {
        browser.type("application:bio", bio);
    }

    String bio() {
        return browser.value("application:bio");
    }

    void agreeToGuidelines() {
        browser.tick("application:agree");
    }

    void send() {
        browser.click("application:submit");
    }

    String messageNextToAreas() {
        return Screens.messageNextTo(browser, "application:areas");
    }

    String messageNextToFreeTimes() {
        return Screens.messageNextTo(browser, "application:availability");
    }

    String messageNextToAgreement() {
        return Screens.messageNextTo(browser, "application:agree");
    }

    String status() {
        return browser.text(STATUS);
    }

    String coordinatorNote() {
        return browser.text(COORDINATOR_NOTE);
    }
}
