package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** One alert as a moderator handles it: what was written and why, acknowledging, notes, closing. */
final class AlertScreen {

    private static final By ACKNOWLEDGE = By.id("ack:acknowledge");
    private static final By REASON = By.id("reason");
    private static final By WORDS = By.cssSelector(".alert-summary__text");
    private static final By SUMMARY = By.id("summary");
    private static final By STATUS = By.id("status");
    private static final By NOTES = By.id("notes");
    private static final By OUTCOME = By.id("outcome");
    private static final By CARE_CONTACT = By.id("careContact");
    private static final By CARE_CONTACT_LINK = By.id("careContactLink");
    private static final By MEMBER_RECORD = By.linkText("Member record");

    private final Browser browser;

    AlertScreen(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the alert's page (its acknowledge button) after following a link to it. */
    void waitForIt() {
        browser.find(ACKNOWLEDGE);
    }

    String reason() {
        return browser.text(REASON);
    }

    /** The words that raised the alert. */
    String words() {
        return browser.text(WORDS);
    }

    String summary() {
        return browser.text(SUMMARY);
    }

    void acknowledge() {
        browser.submitAndWaitForPage("ack:acknowledge");
    }

    String status() {
        return browser.text(STATUS);
    }

    void addNote(String note) {
        browser.type("noteForm:note", note);
        browser.submitAndWaitForPage("noteForm:saveNote");
    }

    String notes() {
        return browser.text(NOTES);
    }

    /** Closes the alert; without an outcome chosen, the form says one is required. */
    void close() {
        browser.submitAndWaitForPage("closeForm:close");
    }

    void closeWithOutcome(String outcome) {
        browser.select("closeForm:outcome", outcome);
        close();
    }

    String messageNextToOutcome() {
        return Screens.messageNextTo(browser, "closeForm:outcome");
    }

    String outcome() {
        return browser.text(OUTCOME);
    }

    /** The member's care contact, as shown beside the guide. */
    String careContact() {
        return browser.text(CARE_CONTACT);
    }

    /** The words of the link near the top that leads to the care contact. */
    String careContactLink() {
        return browser.text(CARE_CONTACT_LINK);
    }

    void openMemberRecord() {
        browser.submitAndWaitForPage(MEMBER_RECORD);
    }
}
