package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

@ExtendWith(BrowserExtension.class)
class RegistrationJourneyIT {

    @Test
    void aVisitorFixesAValidationErrorJoinsAndSignsOut(Browser browser) {
        String id = Screens.unique();
        String email = "joiner-" + id + "@example.org";
        String name = "Joiner " + id;
        browser.visit("/");
        browser.screenshot("landing-en");
        browser.click(By.linkText("Join the community"));
        assertThat(browser.path()).startsWith("/register.xhtml");

        Screens.Registration.fill(browser, email, "too short", name);
        Screens.Registration.submit(browser);

        assertThat(Screens.messageNextTo(browser, "registration:password"))
                .isEqualTo("Your password needs at least 12 and at most 128 characters.");
        assertThat(Screens.messageNextTo(browser, "registration:guidelines"))
                .isEqualTo("Please read and accept this to join.");
        assertThat(Screens.messageNextTo(browser, "registration:email")).isEmpty();
        assertThat(browser.value("registration:email")).as("input kept").isEqualTo(email);
        assertThat(browser.value("registration:displayName")).as("input kept").isEqualTo(name);
        browser.screenshot("registration-error-en");

        browser.type("registration:password", "a calm and long passphrase");
        Screens.Registration.acceptBoth(browser);
        Screens.Registration.submit(browser);

        assertThat(browser.path()).isEqualTo("/member/dashboard.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Hello, " + name);
        assertThat(Screens.globalMessages(browser)).contains("Welcome, " + name + ". Your account is ready.");
        assertThat(browser.text(By.cssSelector(".forum-list"))).contains("Introductions", "Living with anxiety");
        assertThat(browser.text(By.cssSelector(".forum-list"))).doesNotContain("Thursday recovery circle");
        browser.screenshot("dashboard-en");

        Screens.signOut(browser);
        assertThat(browser.text(By.cssSelector(".notice"))).isEqualTo("You have signed out. Take care.");
        browser.visit("/member/dashboard.xhtml");
        assertThat(Screens.heading(browser)).as("signed out: asked to sign in").isEqualTo("Sign in");
    }

    @Test
    void aTakenDisplayNameIsNamedNextToTheField(Browser browser) {
        browser.visit("/register.xhtml");
        Screens.Registration.fill(browser, "someone-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                "quiet harbor");
        Screens.Registration.acceptBoth(browser);
        Screens.Registration.submit(browser);

        assertThat(Screens.messageNextTo(browser, "registration:displayName"))
                .isEqualTo("Someone already uses this display name. Please choose another.");
        assertThat(browser.path()).startsWith("/register.xhtml");
    }

    @Test
    void anExpiredPageIsReloadedWithAMessageInsteadOfAnError(Browser browser) {
        browser.visit("/register.xhtml");
        browser.deleteCookie("JSESSIONID"); // the view state lived in that session
        Screens.Registration.fill(browser, "late-" + Screens.unique() + "@example.org", "too short", "Late " + Screens.unique());
        Screens.Registration.submit(browser);

        assertThat(browser.path()).startsWith("/register.xhtml");
        assertThat(browser.text(By.cssSelector(".notice")))
                .isEqualTo("The page had been open for a while, so it was refreshed. Please try that again.");
    }
}
