package org.peersupport.portal.journeys;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The facilitator's workshop form (facilitation/workshop.xhtml): new, or ?id=… to edit, move or cancel. */
final class WorkshopFormScreen {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Browser browser;

    WorkshopFormScreen(Browser browser) {
        this.browser = browser;
    }

    void openNew() {
        browser.visit("/facilitation/workshop.xhtml");
    }

    void title(String title) {
        browser.type("workshop:title", title);
    }

    void description(String description) {
        browser.type("workshop:description", description);
    }

    void topic(String value) {
        browser.select("workshop:topic", value);
    }

    /** Typed as a person would write it into the date picker's text field. */
    /** Typed as year-month-day hours:minutes, as the field's hint asks. */
    void starts(LocalDateTime start) {
        browser.type("workshop:start", TYPED.format(start));
    }

    void ends(LocalDateTime end) {
        browser.type("workshop:end", TYPED.format(end));
    }

    void capacity(int seats) {
        browser.type("workshop:capacity", String.valueOf(seats));
    }

    /** "In person" or "Online", by the radio button's label. */
    void takingPart(String label) {
        browser.click(By.xpath("//*[@id='workshop:mode']//label[normalize-space()='" + label + "']"));
    }

    void location(String address) {
        browser.type("workshop:location", address);
    }

    void onlineLink(String link) {
        browser.type("workshop:onlineLink", link);
    }

    void question(String question) {
        browser.type("workshop:question", question);
    }

    void publish() {
        browser.submitAndWaitForPage("workshop:publish");
    }

    void saveChanges() {
        browser.submitAndWaitForPage("workshop:saveChanges");
    }

    void moveToNewTime() {
        browser.submitAndWaitForPage("workshop:postpone");
    }

    /** Asks to cancel; the confirm dialog opens ({@link ConfirmScreen}). */
    void askToCancel() {
        browser.click("changes:cancelWorkshop");
    }

    String messageNextTo(String field) {
        return Screens.messageNextTo(browser, "workshop:" + field);
    }

    String value(String field) {
        return browser.value("workshop:" + field);
    }

    String status() {
        return browser.text(By.id("workshopStatus"));
    }

    /** The id in the address of the workshop being edited. */
    long id() {
        String path = browser.path();
        return Long.parseLong(path.substring(path.indexOf("id=") + 3).replaceAll("[^0-9].*$", ""));
    }
}
