package org.peersupport.portal.journeys;

import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The mentoring page, /mentoring/index.xhtml: a member's request, proposals, offers and mentorships. */
final class MentoringHomeScreen {

    private static final By REQUEST_STATUS = By.id("requestStatus");
    private static final By PROPOSALS = By.id("proposals");
    private static final By OFFERS = By.id("offers");
    private static final By MENTORSHIPS = By.id("mentorships");
    private static final String FOCUSED_FIELDSET = "var f = document.activeElement.closest('fieldset'); return f ? f.id : '';";

    private final Browser browser;

    MentoringHomeScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/mentoring/index.xhtml");
    }

    String requestStatus() {
        return browser.text(REQUEST_STATUS);
    }

    /** What the page says of the member as a mentee: their mentor, an ended mentorship, or that they have not asked. */
    String menteeStatus() {
        return browser.text(By.id("menteeStatus"));
    }

    /** Whether "Ask for a mentor" (or "… again") is offered anywhere on the page. */
    boolean offersAskForMentor() {
        return browser.isPresent(By.xpath("//a[starts-with(normalize-space(), 'Ask for a mentor')]"));
    }

    /** The label of the mentee's way to their mentor's chat. */
    String chatWithMentorLabel() {
        return browser.text(By.id("chatWithMentor"));
    }

    void openChatWithMentor() {
        browser.click(By.id("chatWithMentor"));
    }

    /** Whether the page is wider than the window (a sideways scroll on a phone). */
    boolean scrollsSideways() {
        return Boolean.TRUE.equals(browser.evaluate("return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    String proposals() {
        return browser.text(PROPOSALS);
    }

    void chooseFirstProposal() {
        browser.click(By.xpath("//ol[@id='proposals']/li[1]//button[normalize-space()='Choose this mentor']"));
    }

    void chooseMentor(String mentorName) {
        browser.click(By.xpath("//ol[@id='proposals']/li[.//strong[normalize-space()='" + mentorName + "']]"
                + "//button[normalize-space()='Choose this mentor']"));
    }

    String offers() {
        return browser.text(OFFERS);
    }

    void acceptFirstOffer() {
        browser.click(By.xpath("//section[@id='offers']//button[normalize-space()='Accept']"));
    }

    void acceptOfferFrom(String menteeName) {
        browser.click(By.xpath("//section[@id='offers']//li[strong[normalize-space()='" + menteeName + "']]"
                + "//button[normalize-space()='Accept']"));
    }

    String mentorships() {
        return browser.text(MENTORSHIPS);
    }

    /** The text of the mentorship with this other person. */
    String mentorshipWith(String otherName) {
        return browser.text(mentorship(otherName));
    }

    /** The classes of the mentorship with this other person (an ended one carries "mentorship--ended"). */
    String mentorshipClassesWith(String otherName) {
        return browser.find(mentorship(otherName)).getAttribute("class");
    }

    void openEndForm(String otherName) {
        browser.click(Screens.buttonIn(mentorship(otherName), "End or rematch…"));
    }

    boolean endButtonIsShown(String otherName) {
        return browser.find(endButton(otherName)).isDisplayed();
    }

    /** Picks a reason, or a rating, in the end form by its label. */
    void pickInEndForm(String otherName, String label) {
        browser.click(Screens.labelIn(mentorship(otherName), label));
    }

    void writeEndReason(String otherName, String reason) {
        browser.type(Screens.idIn(browser, mentorship(otherName), "textarea", "endReason"), reason);
    }

    void writeEndFeedback(String otherName, String feedback) {
        browser.type(Screens.idIn(browser, mentorship(otherName), "textarea", "endFeedback"), feedback);
    }

    void end(String otherName) {
        browser.click(endButton(otherName));
    }

    /** Opens the end form with the keyboard (Enter on its button). */
    void openEndFormByKeyboard(String otherName) {
        browser.find(Screens.buttonIn(mentorship(otherName), "End or rematch…")).sendKeys(Keys.ENTER);
        browser.settle();
    }

    void endByKeyboard(String otherName) {
        browser.find(endButton(otherName)).sendKeys(Keys.ENTER);
        browser.settle();
    }

    /** The id of the fieldset holding the keyboard focus, once it matches or the wait ends. */
    String formWithFocusOnceSettled(Predicate<String> expected) {
        return browser.focusOnceSettled(FOCUSED_FIELDSET, expected);
    }

    private static By endButton(String otherName) {
        return Screens.buttonIn(mentorship(otherName), "End the mentorship");
    }

    private static By mentorship(String otherName) {
        return By.xpath("//li[contains(concat(' ', @class, ' '),' mentorship ')][.//strong[normalize-space()='" + otherName + "']]");
    }
}
