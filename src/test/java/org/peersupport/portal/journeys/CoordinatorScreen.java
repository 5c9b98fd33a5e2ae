package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The mentoring coordinators' page, /admin/mentoring.xhtml: applications, matching rounds and endings. */
final class CoordinatorScreen {

    private static final By NEXT_PAGE = By.id("coordinator:next");

    private final Browser browser;

    CoordinatorScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/admin/mentoring.xhtml");
    }

    String application(String applicantName) {
        return browser.text(applicationOf(applicantName));
    }

    boolean hasApplication(String applicantName) {
        return browser.isPresent(applicationOf(applicantName));
    }

    void approve(String applicantName) {
        browser.click(Screens.buttonIn(applicationOf(applicantName), "Approve"));
    }

    /** Opens the note form of an application ("Ask for changes or decline…"). */
    void openDecision(String applicantName) {
        browser.click(Screens.buttonIn(applicationOf(applicantName), "Ask for changes or decline…"));
    }

    /** Whether the keyboard focus lands on the application's note once the page settles. */
    boolean decisionNoteHasFocus(String applicantName) {
        String note = decisionNote(applicantName);
        return note.equals(browser.focusOnceSettled("return document.activeElement.id", note::equals));
    }

    void writeDecisionNote(String applicantName, String note) {
        browser.type(decisionNote(applicantName), note);
    }

    String decisionNoteText(String applicantName) {
        return browser.value(decisionNote(applicantName));
    }

    String messageNextToDecisionNote(String applicantName) {
        return Screens.messageNextTo(browser, decisionNote(applicantName));
    }

    void askForChanges(String applicantName) {
        browser.click(Screens.buttonIn(applicationOf(applicantName), "Ask for changes"));
    }

    void decline(String applicantName) {
        browser.click(Screens.buttonIn(applicationOf(applicantName), "Decline"));
    }

    void runMatching() {
        browser.click("coordinator:run");
    }

    /** Publishes the draft, confirming in the dialog the button opens. */
    void publish() {
        askToPublish();
        new ConfirmScreen(browser).confirm();
    }

    /** Presses "Publish the proposals", which asks first. */
    void askToPublish() {
        browser.click("coordinator:publish");
    }

    /** Whether the page is wider than the window (a sideways scroll on a phone). */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(browser.evaluate("return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    boolean offersPublish() {
        return browser.isPresent(By.id("coordinator:publish"));
    }

    /** Free times of an application, as the coordinator reads them. */
    String availabilityOf(String applicantName) {
        return browser.text(new org.openqa.selenium.support.pagefactory.ByChained(applicationOf(applicantName),
                By.cssSelector(".application__availability")));
    }

    /** The draft proposal row of a mentee, paging through the draft until it shows. */
    String proposalFor(String menteeName) {
        By row = proposalRow(menteeName);
        while (!browser.isPresent(row) && browser.isPresent(NEXT_PAGE)) {
            browser.click("coordinator:next");
        }
        return browser.text(row);
    }

    /** Tries to put this mentor in the mentee's first proposal; returns the message next to the field. */
    String overrideRefusal(String menteeName, String mentorName) {
        String row = proposalRowPath(menteeName);
        browser.click(By.xpath(row + "//button[contains(@id,'overrideStart')]"));
        var input = browser.find(By.xpath(row + "//input[contains(@id,'overrideMentor_input')]"));
        input.sendKeys(mentorName);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item')][@data-item-label='" + mentorName + "']");
        browser.waitUntil(() -> browser.isPresent(suggestion) && browser.find(suggestion).isDisplayed());
        browser.click(suggestion);
        browser.click(By.xpath(row + "//button[contains(@id,'overrideSave')]"));
        return browser.text(By.xpath(row + "//*[contains(@class,'ui-message-error')]"));
    }

    /** How a mentorship ended, as coordinators read it. */
    String ending(String mentorName, String menteeName) {
        return browser.text(By.xpath("//ul[@class='endings']/li[strong[normalize-space()='" + mentorName + " · " + menteeName + "']]"));
    }

    private String decisionNote(String applicantName) {
        return Screens.idIn(browser, applicationOf(applicantName), "textarea", "decisionNote");
    }

    private static By applicationOf(String applicantName) {
        return By.xpath("//article[contains(@class,'application')][.//strong[normalize-space()='" + applicantName + "']]");
    }

    private static By proposalRow(String menteeName) {
        return By.xpath(proposalRowPath(menteeName));
    }

    private static String proposalRowPath(String menteeName) {
        return "//table[@id='proposalTable']//tr[td[1][normalize-space()='" + menteeName + "']]";
    }
}
