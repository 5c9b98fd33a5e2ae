package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

@ExtendWith(BrowserExtension.class)
class SignInJourneyIT {

    @Test
    void aVisitorSentToSignInIsBroughtBackToThePageTheyAskedFor(Browser browser) {
        browser.visit("/admin/roles.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Sign in");
        assertThat(Screens.notice(browser)).isEqualTo("Please sign in to continue.");
        browser.screenshot("signin-en");
        String sessionBefore = browser.cookie("JSESSIONID");

        Screens.SignIn.as(browser, "admin@demo.test", "demo-pass-portal");

        assertThat(browser.path()).isEqualTo("/admin/roles.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("People and roles");
        Cookie session = browser.cookieDetails("JSESSIONID");
        assertThat(session.getValue()).as("session id renewed at sign-in").isNotEqualTo(sessionBefore);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aMemberSignsInToTheDashboardInTheirTimeZone(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "member@demo.test", "demo-pass-harbor");

        assertThat(browser.path()).isEqualTo("/member/dashboard.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Hello, Quiet Harbor");
        assertThat(Screens.Dashboard.facts(browser)).contains("Europe/London");
        assertThat(Screens.Header.text(browser)).contains("Quiet Harbor", "Sign out", "Get help now");
    }

    @Test
    void aWrongPasswordIsExplainedAndTheEmailKept(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "member@demo.test", "not the password");

        assertThat(browser.path()).startsWith("/login.xhtml");
        assertThat(Screens.globalMessages(browser))
                .isEqualTo("That e-mail and password do not match an account. Please check them and try again.");
        assertThat(Screens.SignIn.email(browser)).isEqualTo("member@demo.test");
    }
}
