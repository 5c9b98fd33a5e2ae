package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestDatabase;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A new version of the guidelines or privacy notice is asked for at the next sign-in. The shared
 * test server keeps the shipped versions (raising them would stop every other journey), so each
 * test makes one new member's accepted version older, which is what a raised version is to them.
 */
@ExtendWith(BrowserExtension.class)
class ConsentJourneyIT {

    private static final String PASSWORD = "a calm and long passphrase";
    private static final String IN_FORCE = "2026-11";

    @Test
    void aMemberWithAnOlderVersionIsAskedOnEveryPageUntilTheyAcceptByKeyboard(Browser browser) throws SQLException {
        String email = joinAndSignOut(browser, "consent");
        acceptedOlder(email, "guidelines_version");

        Screens.signInAs(browser, email, PASSWORD);
        assertThat(browser.path()).isEqualTo("/member/consent.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Before you go on: what has changed");
        String page = browser.text(By.id("main"));
        assertThat(page).contains("Community guidelines", "You accepted version 2025-01; the current version is " + IN_FORCE + ".",
                "The community guidelines have been updated.").doesNotContain("Privacy notice");
        browser.screenshot("consent-en");

        browser.visit("/member/care-contact.xhtml");
        assertThat(browser.path()).as("any other page asks first").isEqualTo("/member/consent.xhtml");
        browser.visit("/forum/index.xhtml");
        assertThat(browser.path()).isEqualTo("/member/consent.xhtml");
        browser.visit("/guidelines.xhtml");
        assertThat(Screens.heading(browser)).as("the text it links can be read").isEqualTo("Community guidelines");
        assertThat(browser.text(By.id("main"))).contains("Version " + IN_FORCE);
        browser.screenshot("guidelines-en");
        browser.visit("/crisis.xhtml");
        assertThat(browser.path()).as("help stays one click away").isEqualTo("/crisis.xhtml");

        browser.visit("/member/consent.xhtml");
        KeyboardScreen keyboard = new KeyboardScreen(browser);
        keyboard.tabToLink("Read the full text: Community guidelines");
        keyboard.tabToButton("Accept and continue");
        keyboard.enterAndWaitForPage();

        assertThat(browser.path()).isEqualTo("/member/dashboard.xhtml");
        assertThat(Screens.globalMessages(browser)).contains("You have accepted the current guidelines and privacy notice.");
        List<String> kept = acceptances(email);
        assertThat(kept).as("registration's two, then the new one").hasSize(3).endsWith("GUIDELINES 2026-11");
        browser.visit("/member/care-contact.xhtml");
        assertThat(browser.path()).isEqualTo("/member/care-contact.xhtml");

        Screens.signOut(browser);
        Screens.signInAs(browser, email, PASSWORD);
        assertThat(browser.path()).as("not asked again").isEqualTo("/member/dashboard.xhtml");
    }

    @Test
    void onAPhoneBothChangesFitAndSigningOutInsteadLeavesItAsked() throws SQLException {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            String email = joinAndSignOut(phone, "consent-phone");
            acceptedOlder(email, "guidelines_version");
            acceptedOlder(email, "privacy_version");

            Screens.signInAs(phone, email, PASSWORD);
            assertThat(phone.path()).isEqualTo("/member/consent.xhtml");
            assertThat(phone.text(By.id("main"))).contains("Community guidelines", "Privacy notice");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("consent-phone-en");

            phone.submitAndWaitForPage(By.id("consentSignOut:signOut"));
            assertThat(Screens.notice(phone)).isEqualTo("You have signed out. Take care.");
            assertThat(acceptances(email)).as("nothing recorded").hasSize(2);

            Screens.signInAs(phone, email, PASSWORD);
            assertThat(phone.path()).as("still asked").isEqualTo("/member/consent.xhtml");
        }
    }

    @Test
    void theSpanishQuestionIsInSpanish() throws SQLException {
        try (Browser browser = Browser.open(TestServers.portal().baseUrl(), "es")) {
            String email = joinAndSignOut(browser, "consent-es");
            acceptedOlder(email, "privacy_version");
            Screens.signInAs(browser, email, PASSWORD);
            assertThat(Screens.heading(browser)).isEqualTo("Antes de seguir: qué ha cambiado");
            assertThat(browser.text(By.id("main"))).contains("Aviso de privacidad", "Aceptar y continuar");
            browser.screenshot("consent-es");
        }
    }

    private static String joinAndSignOut(Browser browser, String prefix) {
        String id = Screens.unique();
        String email = prefix + "-" + id + "@example.org";
        Screens.Registration.join(browser, email, PASSWORD, "Consent " + id);
        assertThat(browser.path()).isEqualTo("/member/dashboard.xhtml");
        Screens.signOut(browser);
        return email;
    }

    /** As if the version in force had been raised after this member accepted: their version is older. */
    private static void acceptedOlder(String email, String column) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement update = db.prepareStatement("UPDATE account SET " + column + " = '2025-01' WHERE email = ?")) {
            update.setString(1, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> acceptances(String email) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT c.document, c.version FROM consent_acceptance c"
                        + " JOIN account a ON a.id = c.account_id WHERE a.email = ? ORDER BY c.accepted_at, c.id")) {
            query.setString(1, email);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(2));
                }
            }
        }
        return rows;
    }
}
