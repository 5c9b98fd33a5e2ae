package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestDatabase;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A member asks to erase their account (a wrong password first), cancels, asks again; once the
 * cooling-off is over (moved in the database, as a week passing would) the timer erases the
 * account: it can no longer sign in, and its post reads "a former member" in the thread.
 */
@ExtendWith(BrowserExtension.class)
class ErasureJourneyIT {

    private static final String FITS = "return document.documentElement.scrollWidth <= window.innerWidth;";

    @Test
    void aMemberAsksCancelsAsksAgainAndIsErasedWhileTheThreadStillReads(Browser member) throws Exception {
        String token = Screens.unique();
        String email = "leaving-" + token + "@example.org";
        String password = "a long leaving passphrase " + token;
        String name = "Leaving " + token;
        Screens.Registration.join(member, email, password, name);
        long id = accountId(email);
        trust(id);
        Screens.Forum.startTopic(member, "anxiety", "Leaving soon " + token, "What helped me most was walking. " + token);
        String topicPath = member.path();

        EraseScreen erase = new EraseScreen(member);
        erase.openFromDashboard();
        assertThat(Screens.heading(member)).isEqualTo("Erase my account and my data");
        member.screenshot("erase-ask-en");
        erase.askWithKeyboard("not my password");
        assertThat(erase.passwordMessage()).isEqualTo("That is not your password. Nothing has changed.");
        assertThat(erase.isPending()).isFalse();

        erase.ask(password);
        assertThat(erase.pending()).startsWith("Your account will be erased on");
        member.screenshot("erase-pending-en");
        erase.cancel();
        assertThat(Screens.globalMessages(member)).contains("Erasure cancelled.");
        assertThat(erase.isPending()).isFalse();

        erase.ask(password);
        assertThat(erase.isPending()).isTrue();
        member.visit("/member/dashboard.xhtml");
        assertThat(erase.banner()).contains("Your account will be erased on");
        member.screenshot("erase-dashboard-banner-en");
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, email, password);
            phone.visit("/member/dashboard.xhtml");
            phone.screenshot("erase-dashboard-banner-390-en");
            assertThat(phone.evaluate(FITS)).as("the dashboard with its banner fits 390 px").isEqualTo(Boolean.TRUE);
            phone.visit("/member/erase.xhtml");
            phone.screenshot("erase-pending-390-en");
            assertThat(phone.evaluate(FITS)).as("the erase page fits 390 px").isEqualTo(Boolean.TRUE);
        }

        makeDue(id);
        awaitErased(id);

        member.visit("/member/dashboard.xhtml");
        assertThat(member.path()).as("the erased account's session has ended").doesNotContain("/member/dashboard");
        try (Browser again = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser reader = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(again, email, password);
            assertThat(again.path()).as("it can no longer sign in").doesNotContain("/member/dashboard");

            Screens.signInAs(reader, "member@demo.test", "demo-pass-harbor");
            reader.visit(topicPath);
            By post = Screens.Forum.postContaining("What helped me most was walking. " + token);
            assertThat(reader.text(post)).contains("a former member").doesNotContain(name);
            reader.screenshot("erase-former-member-post-en");
        }
    }

    private static void makeDue(long id) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement due = db.prepareStatement(
                        "UPDATE erasure_request SET due_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 MINUTE) WHERE account_id = ?")) {
            due.setLong(1, id);
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
    }

    /** The timer checks every few seconds on the test server (portal.erasure.check-every). */
    private static void awaitErased(long id) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            try (Connection db = TestDatabase.connect();
                    PreparedStatement erased = db.prepareStatement("SELECT erased_at FROM account WHERE id = ?")) {
                erased.setLong(1, id);
                try (ResultSet row = erased.executeQuery()) {
                    if (row.next() && row.getTimestamp(1) != null) {
                        return;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The erasure timer did not erase account " + id + " within a minute");
    }

    private static long accountId(String email) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement find = db.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            find.setString(1, email);
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).as("registered").isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Trust level 1, so the new member's topic is published rather than held for review. */
    private static void trust(long id) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement trust = db.prepareStatement(
                "INSERT INTO member_standing (account_id, trust_level) VALUES (?, 1) ON DUPLICATE KEY UPDATE trust_level = 1")) {
            trust.setLong(1, id);
            trust.executeUpdate();
        }
    }
}
