package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** The member's own care contact, /member/care-contact.xhtml, reached from the dashboard. */
final class CareContactScreen {

    private static final By DASHBOARD_LINK = By.id("careContactLink");
    private static final By STATE = By.id("careContactState");
    private static final By CONFIRM_WITHDRAW = By.id("withdrawForm:withdrawYes");

    private final Browser browser;

    CareContactScreen(Browser browser) {
        this.browser = browser;
    }

    /** From the dashboard, by its link. */
    void openFromDashboard() {
        browser.visit("/member/dashboard.xhtml");
        browser.submitAndWaitForPage(DASHBOARD_LINK);
        browser.find(STATE);
    }

    void open() {
        browser.visit("/member/care-contact.xhtml");
    }

    void fill(String name, String relationship, String phone, String email) {
        browser.type("careContact:name", name);
        browser.type("careContact:relationship", relationship);
        browser.type("careContact:phone", phone);
        browser.type("careContact:email", email);
    }

    void agree() {
        browser.tick("careContact:consent");
    }

    void save() {
        browser.click("careContact:save");
    }

    /** Withdraws the contact, answering yes when asked first. */
    void withdraw() {
        browser.click("withdrawForm:withdraw");
        browser.waitUntil(() -> browser.find(CONFIRM_WITHDRAW).isDisplayed());
        browser.click(CONFIRM_WITHDRAW);
    }

    boolean offersWithdrawal() {
        return browser.isPresent(By.id("withdrawForm:withdraw"));
    }

    String state() {
        return browser.text(STATE);
    }

    String value(String field) {
        return browser.value("careContact:" + field);
    }

    String messageNextTo(String field) {
        return Screens.messageNextTo(browser, "careContact:" + field);
    }
}
