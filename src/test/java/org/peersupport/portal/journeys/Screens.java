package org.peersupport.portal.journeys;

import java.util.UUID;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** Page objects: what a person sees and does on each screen, in one place for all journeys. */
final class Screens {

    private Screens() {}

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The message shown next to a form field (inside the same field block). */
    static String messageNextTo(Browser browser, String inputId) {
        By message = By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
        return browser.isPresent(message) ? browser.text(message) : "";
    }

    static String heading(Browser browser) {
        return browser.text(By.tagName("h1"));
    }

    static String globalMessages(Browser browser) {
        return browser.isPresent(By.cssSelector("#globalMessages li")) ? browser.text(By.id("globalMessages")) : "";
    }

    static final class Registration {
        static void fill(Browser browser, String email, String password, String displayName) {
            browser.type("registration:email", email)
                    .type("registration:password", password)
                    .type("registration:displayName", displayName);
        }

        static void acceptBoth(Browser browser) {
            browser.tick("registration:guidelines").tick("registration:privacy");
        }

        static void submit(Browser browser) {
            browser.click("registration:submit");
        }
    }

    static final class SignIn {
        static void as(Browser browser, String email, String password) {
            browser.type("signin:email", email).type("signin:password", password).submitAndWaitForPage("signin:submit");
        }
    }

    /** The admin's roles page, searched down to one person: the toggle button of a role for them. */
    static final class Roles {
        static void signInAsAdminAndFind(Browser browser, String displayName) {
            browser.visit("/login.xhtml");
            SignIn.as(browser, "admin@demo.test", "admin-demo-pass");
            browser.visit("/admin/roles.xhtml");
            browser.type("roles:search", displayName);
            browser.waitUntil(() -> browser.all(By.cssSelector("tbody[id$='people_data'] > tr")).size() == 1);
        }

        static By toggle(String displayName, String roleLabel) {
            return By.xpath("//tr[td[1][normalize-space()='" + displayName + "']]//button[normalize-space()='" + roleLabel + "']");
        }
    }

    /** Signs out and waits for the landing page that confirms it (the sign-out is a redirect). */
    static void signOut(Browser browser) {
        browser.click("signOutForm:signOut");
        browser.waitUntil(() -> browser.path().startsWith("/index.xhtml?signedOut=true"));
    }
}
