package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;

/** The facilitators' milestones page (facilitation/milestones.xhtml): definitions, the form, award by hand, recent awards. */
final class MilestoneStaffScreen {

    private final Browser browser;

    MilestoneStaffScreen(Browser browser) {
        this.browser = browser;
    }

    /** Through Facilitation in the header, then Milestones, as a facilitator would. */
    void openFromNavigation() {
        browser.click(By.linkText("Facilitation"));
        browser.click(By.id("milestonesLink"));
    }

    void open() {
        browser.visit("/facilitation/milestones.xhtml");
    }

    // ---- the milestone form

    void name(String name) {
        browser.type("milestone:name", name);
    }

    void description(String description) {
        browser.type("milestone:description", description);
    }

    /** Picks an emblem by its name, clicking its label (picture and name) as a person would. */
    void emblem(String label) {
        browser.click(Screens.labelIn(By.id("milestone:icon"), label));
    }

    /** The emblem chosen now (the checked radio's value), or "" when none is. */
    String chosenEmblem() {
        By checked = By.cssSelector("[id='milestone:icon'] input:checked");
        return browser.isPresent(checked) ? browser.find(checked).getDomProperty("value") : "";
    }

    /** Keyboard only: the focus on the chosen emblem, then the arrow key picks the next one (a native radio group). */
    void nextEmblemByKeyboard() {
        browser.find(By.cssSelector("[id='milestone:icon'] input:checked")).sendKeys(Keys.ARROW_DOWN);
    }

    /** Chooses how the milestone is reached by the option's words; the number field follows (Ajax). */
    void rule(String label) {
        browser.click(By.cssSelector("[id='milestone:rule'] .ui-selectonemenu-trigger"));
        By option = By.xpath("//*[@id='milestone:rule_items']//li[normalize-space()='" + label + "']");
        // Once the list has finished opening: a click during its animation may land on nothing.
        browser.waitUntil(() -> browser.find(By.id("milestone:rule_panel")).getDomAttribute("class").contains("enter-done")
                && browser.find(option).isDisplayed());
        browser.click(option);
        browser.waitUntil(() -> browser.text(By.cssSelector("[id='milestone:rule'] .ui-selectonemenu-label")).equals(label));
    }

    boolean asksForANumber() {
        return browser.isPresent(By.id("milestone:threshold"));
    }

    String numberLabel() {
        return browser.text(By.xpath("//*[@id='milestone:threshold']/ancestor::div[contains(@class,'field')][1]/label"));
    }

    void number(String typed) {
        browser.type("milestone:threshold", typed);
    }

    void save() {
        browser.submitAndWaitForPage("milestone:save");
    }

    String value(String field) {
        return browser.value("milestone:" + field);
    }

    String selectedRule() {
        return browser.text(By.cssSelector("[id='milestone:rule'] .ui-selectonemenu-label"));
    }

    String messageNextTo(String field) {
        return Screens.messageNextTo(browser, "milestone:" + field);
    }

    /** The emblem group's message (inside its fieldset). */
    String emblemMessage() {
        By message = By.xpath("//fieldset[.//*[@id='milestone:icon']]//*[contains(@class,'ui-message-error')]");
        return browser.isPresent(message) ? browser.text(message) : "";
    }

    String formTitle() {
        return browser.text(By.id("milestoneFormTitle"));
    }

    // ---- the definitions

    /** The list entry of one milestone, by its name. */
    String entryOf(String name) {
        return browser.text(entry(name));
    }

    /** The emblem picture's address in the entry of one milestone. */
    String emblemOf(String name) {
        return browser.find(new org.openqa.selenium.support.pagefactory.ByChained(entry(name), By.cssSelector("img.milestone-emblem")))
                .getDomAttribute("src");
    }

    void edit(String name) {
        browser.click(new org.openqa.selenium.support.pagefactory.ByChained(entry(name), By.cssSelector("a[id^='edit-']")));
    }

    /** Asks to retire (or bring back) a milestone; the confirm dialog opens ({@link ConfirmScreen}). */
    void askToRetire(String name) {
        browser.click(Screens.buttonIn(entry(name), "Retire"));
    }

    void askToBringBack(String name) {
        browser.click(Screens.buttonIn(entry(name), "Bring back"));
    }

    // ---- award by hand

    /** Types part of a display name and picks the member from the suggestions. */
    void awardTo(String typed, String displayName) {
        browser.type("award:member_input", typed);
        By suggestion = By.xpath("//*[@id='award:member_panel']//li[normalize-space()='" + displayName + "']");
        browser.waitUntil(() -> browser.isPresent(suggestion) && browser.find(suggestion).isDisplayed());
        browser.click(suggestion);
    }

    void awardMilestone(String name) {
        browser.select("award:milestone", optionValue("award:milestone", name));
    }

    /** The milestones offered in the award form. */
    String awardableMilestones() {
        return String.join("|", browser.all(By.cssSelector("[id='award:milestone_input'] option")).stream()
                .map(option -> option.getDomProperty("textContent")).toList());
    }

    void note(String note) {
        browser.type("award:note", note);
    }

    void award() {
        browser.submitAndWaitForPage("award:give");
    }

    String awardMessageNextTo(String field) {
        return Screens.messageNextTo(browser, "award:" + field);
    }

    // ---- recent awards

    /** The row of the latest award of a milestone to a member. */
    String awardRow(String member, String milestone) {
        return browser.text(awardRowBy(member, milestone));
    }

    void startRevoking(String member, String milestone) {
        browser.click(Screens.buttonIn(awardRowBy(member, milestone), "Revoke"));
    }

    /** The id of the element with the keyboard focus, once it is the revoke form's reason (PrimeFaces moves it just after the update). */
    String focusOnceOnTheReason() {
        return browser.focusOnceSettled("return document.activeElement ? document.activeElement.id : '';", id -> id.endsWith(":reason"));
    }

    /** Types the reason into the revoke form (below the table, for the award chosen). */
    void reason(String reason) {
        browser.type("awards:reason", reason);
    }

    String reasonMessage() {
        return Screens.messageNextTo(browser, "awards:reason");
    }

    /** The revoke form's legend: which award it takes back. */
    String revokeFormTitle() {
        return browser.text(By.cssSelector("fieldset.revoke-form legend"));
    }

    void revoke() {
        browser.click("awards:revoke");
    }

    private static By awardRowBy(String member, String milestone) {
        return By.xpath("//tbody[contains(@id,'recent_data')]/tr[td[contains(@class,'award-member')][contains(normalize-space(),'" + member
                + "')]][td[contains(@class,'award-milestone')][contains(normalize-space(),'" + milestone + "')]]");
    }

    private static By entry(String name) {
        return By.xpath("//li[contains(@class,'milestone-def')][@data-milestone='" + name + "']");
    }

    /** The value of a PrimeFaces selectOneMenu's option, by its words (from the hidden native select). */
    private String optionValue(String menuId, String label) {
        return browser.find(By.xpath("//select[@id='" + menuId + "_input']/option[normalize-space()='" + label + "']")).getDomProperty("value");
    }
}
