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
    void starts(LocalDateTime start) {
        dateTime("workshop:start", start);
    }

    void ends(LocalDateTime end) {
        dateTime("workshop:end", end);
    }

    /** Through the date picker's own widget, which otherwise puts its last date back into the field. */
    private void dateTime(String pickerId, LocalDateTime when) {
        browser.evaluate("var w = PrimeFaces.getWidgetById('" + pickerId + "');"
                + " if (w && w.setDate) { w.setDate(new Date(" + when.getYear() + ", " + (when.getMonthValue() - 1) + ", "
                + when.getDayOfMonth() + ", " + when.getHour() + ", " + when.getMinute() + ")); }"
                + " document.getElementById('" + pickerId + "_input').value = '" + TYPED.format(when) + "';");
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
