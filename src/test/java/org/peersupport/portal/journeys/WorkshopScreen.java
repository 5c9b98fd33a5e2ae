package org.peersupport.portal.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;

/**
 * The workshops as members and visitors see them: the listing /workshops/ with its filters, and one
 * workshop's page with the reader's place (sign up, give up a seat, the waitlist, an offered seat).
 */
final class WorkshopScreen {

    private static final By CARDS = By.cssSelector("#workshops li.workshop-card");
    private static final By CARD_TITLES = By.cssSelector("#workshops .workshop-card__title");
    private static final By COUNT = By.id("workshopCount");
    private static final By STANDING = By.id("standing");
    private static final By FACTS = By.id("facts");
    private static final By LOCATION = By.id("location");
    private static final By VIDEO_LINK = By.id("videoLink");
    private static final By ICS = By.id("workshopIcs");
    private static final By SIGN_UP_FORM = By.id("signUp");
    private static final By SIGN_IN = By.id("signInToSignUp");
    private static final By JSON_LD = By.cssSelector("script[type='application/ld+json']");

    private final Browser browser;

    WorkshopScreen(Browser browser) {
        this.browser = browser;
    }

    /** "Workshops" in the header (opening the phone's menu first when it is folded). */
    void openFromNavigation() {
        Screens.Header.openMenus(browser);
        browser.click(By.xpath("//nav[contains(@class,'site-nav')]//a[normalize-space()='Workshops' or normalize-space()='Talleres']"));
    }

    List<String> titles() {
        return browser.all(CARD_TITLES).stream().map(WebElement::getText).toList();
    }

    /** The whole listing as read: every card's text. */
    String listing() {
        return String.join("\n", browser.all(CARDS).stream().map(WebElement::getText).toList());
    }

    /** The card of one workshop, by its title. */
    String card(String title) {
        return browser.text(By.xpath("//li[contains(@class,'workshop-card')][.//h2[normalize-space()='" + title + "']]"));
    }

    String count() {
        return browser.text(COUNT);
    }

    /** Chooses filters by their values (empty for "any") and shows the workshops, a plain GET. */
    void filter(String topic, String mode, String language) {
        browser.choose("topic", topic).choose("mode", mode).choose("language", language);
        browser.submitAndWaitForPage("filter");
    }

    void filterDates(String from, String to) {
        browser.setValue("from", from).setValue("to", to);
        browser.submitAndWaitForPage("filter");
    }

    void open(String title) {
        browser.click(By.linkText(title));
    }

    String facts() {
        return browser.text(FACTS);
    }

    String standing() {
        return browser.text(STANDING);
    }

    String location() {
        return browser.text(LOCATION);
    }

    boolean hasVideoLink() {
        return browser.isPresent(VIDEO_LINK);
    }

    boolean offersCalendarFile() {
        return browser.isPresent(ICS);
    }

    String calendarFileAddress() {
        return browser.find(ICS).getDomAttribute("href");
    }

    boolean offersSignUp() {
        return browser.isPresent(SIGN_UP_FORM);
    }

    boolean asksQuestion() {
        return browser.isPresent(By.id("signUp:answer"));
    }

    void signInToSignUp() {
        browser.click(SIGN_IN);
    }

    /** Signs up, ticking "Share my e-mail address" when asked to; waits for the page again. */
    void signUp(boolean shareContact) {
        if (shareContact) {
            browser.click(By.id("signUp:shareContact"));
        }
        browser.submitAndWaitForPage("signUp:submit");
    }

    String submitLabel() {
        return browser.text(By.id("signUp:submit"));
    }

    /** "Give up my seat", which asks first (the confirm dialog). */
    void askToGiveUpSeat() {
        browser.click("place:cancelSeat");
    }

    void askToLeaveWaitlist() {
        browser.click("place:leaveWaitlist");
    }

    void confirmOffer() {
        browser.submitAndWaitForPage("place:confirmOffer");
    }

    boolean offersConfirm() {
        return browser.isPresent(By.id("place:confirmOffer")) && browser.isPresent(By.id("place:decline"));
    }

    String offer() {
        return browser.text(By.id("offer"));
    }

    /** The schema.org data block as the server sent it. */
    String eventJson() {
        return String.valueOf(browser.evaluate("return document.querySelector(\"script[type='application/ld+json']\").textContent;"));
    }

    String eventJsonNonce() {
        return browser.find(JSON_LD).getDomAttribute("nonce");
    }
}
