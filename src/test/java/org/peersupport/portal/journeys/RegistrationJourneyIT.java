package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

@ExtendWith(BrowserExtension.class)
class RegistrationJourneyIT {

    @Test
    void aVisitorFixesAValidationErrorJoinsConfirmsTheAddressAndSignsOut(Browser browser) {
        String id = Screens.unique();
        String email = "joiner-" + id + "@example.org";
        String name = "Joiner " + id;
        browser.visit("/");
        browser.screenshot("landing-en");
        Screens.Registration.openFromLanding(browser);
        assertThat(browser.path()).startsWith("/register.xhtml");

        Screens.Registration.fill(browser, email, "too short", name);
        Screens.Registration.submit(browser);

        assertThat(Screens.Registration.messageNextTo(browser, "password"))
                .isEqualTo("Your password needs at least 12 and at most 128 characters.");
        assertThat(Screens.Registration.messageNextTo(browser, "guidelines"))
                .isEqualTo("Please read and accept this to join.");
        assertThat(Screens.Registration.messageNextTo(browser, "email")).isEmpty();
        assertThat(Screens.Registration.email(browser)).as("input kept").isEqualTo(email);
        assertThat(Screens.Registration.displayName(browser)).as("input kept").isEqualTo(name);
        browser.screenshot("registration-error-en");

        Screens.Registration.retypePassword(browser, "a calm and long passphrase");
        Screens.Registration.acceptBoth(browser);
        Screens.Registration.submit(browser);

        assertThat(browser.path()).isEqualTo("/check-email.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Check your e-mail");
        Screens.Registration.confirmFromMail(browser, email);
        assertThat(Screens.heading(browser)).isEqualTo("Confirm your e-mail address");
        assertThat(browser.text(org.openqa.selenium.By.id("confirmation"))).contains("your e-mail address is confirmed");
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, email, "a calm and long passphrase");

        assertThat(browser.path()).isEqualTo("/member/dashboard.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Hello, " + name);
        assertThat(Screens.Dashboard.forums(browser)).contains("Introductions", "Living with anxiety");
        assertThat(Screens.Dashboard.forums(browser)).doesNotContain("Thursday recovery circle");
        browser.screenshot("dashboard-en");

        Screens.signOut(browser);
        assertThat(Screens.notice(browser)).isEqualTo("You have signed out. Take care.");
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

        assertThat(Screens.Registration.messageNextTo(browser, "displayName"))
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
        assertThat(Screens.notice(browser))
                .isEqualTo("The page had been open for a while, so it was refreshed. Please try that again.");
    }
}
