package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestDatabase;
import org.peersupport.portal.testsupport.TestServers;

/**
 * An erasure that fell due while the member has a crisis alert not yet closed (seeded in the
 * database, as the timer would leave it): a moderator sees it held, with a link to the alert, and no
 * form; an admin, by keyboard only, is asked for a note when it is blank, then lets it go ahead
 * with one, and the timer erases the account.
 */
@ExtendWith(BrowserExtension.class)
class ErasureHoldJourneyIT {

    private static final String FITS = "return document.documentElement.scrollWidth <= window.innerWidth;";
    private static final String RELEASE = "Let the erasure go ahead";

    @Test
    void aModeratorSeesTheHeldErasureAndAnAdminLetsItGoAheadWithANote(Browser moderator) throws Exception {
        String token = Screens.unique();
        String email = "held-" + token + "@example.org";
        Screens.Registration.joinUnconfirmed(moderator, email, "a long held passphrase " + token, "Held " + token);
        long id = accountId(email);
        long alert = seedOpenAlert(id);
        try {
            seedHeldErasure(id);
            String record = "/moderation/member.xhtml?id=" + id;

            Screens.signInAs(moderator, "moderator@demo.test", "demo-pass-keeper");
            moderator.visit(record);
            MemberRecordScreen seenByModerator = new MemberRecordScreen(moderator);
            assertThat(seenByModerator.erasure()).contains("It falls due on").contains("Held:")
                    .contains("Only an admin can let a held erasure go ahead.");
            assertThat(seenByModerator.holdingAlertLink()).endsWith("/moderation/alert.xhtml?id=" + alert);
            assertThat(seenByModerator.offersErasureRelease()).as("a moderator gets no form").isFalse();
            moderator.screenshot("erasure-held-moderator-en");

            try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
                Screens.signInAs(phone, "admin@demo.test", "demo-pass-portal");
                phone.visit(record);
                assertThat(new MemberRecordScreen(phone).offersErasureRelease()).isTrue();
                phone.screenshot("erasure-held-admin-390-en");
                assertThat(phone.evaluate(FITS)).as("the record with its erasure card fits 390 px").isEqualTo(Boolean.TRUE);
            }

            try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en")) {
                Screens.signInAs(admin, "admin@demo.test", "demo-pass-portal");
                admin.visit(record);
                MemberRecordScreen seenByAdmin = new MemberRecordScreen(admin);
                KeyboardScreen keys = new KeyboardScreen(admin);
                keys.tabToField("releaseErasure:note");
                keys.type("   ");
                keys.tabToButton(RELEASE);
                keys.enter();
                assertThat(seenByAdmin.releaseNoteMessage()).isEqualTo("Write a note saying why the erasure may go ahead.");
                assertThat(released(id)).as("a blank note releases nothing").isFalse();
                admin.screenshot("erasure-release-blank-note-en");

                String note = "Spoke with the member on the alert; they are safe and still want to leave. " + token;
                admin.visit(record);
                keys.tabToField("releaseErasure:note");
                keys.type(note);
                assertThat(seenByAdmin.releaseNote()).isEqualTo(note);
                keys.tabToButton(RELEASE);
                keys.enter();
                assertThat(Screens.globalMessages(admin)).contains("The erasure will go ahead at the next check.");
                assertThat(seenByAdmin.erasure()).contains("An admin has let it go ahead.").contains(note);
                assertThat(seenByAdmin.offersErasureRelease()).isFalse();
                admin.screenshot("erasure-released-en");
                assertThat(released(id)).isTrue();
                awaitErased(id);
            }
        } finally {
            closeAlert(alert);
        }
    }

    /** An alert a moderator has acknowledged but not closed (so no escalation fires while the test runs). */
    private static long seedOpenAlert(long memberId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO crisis_alert (source, source_id, member_id, severity, matched_rule, excerpt, review_link, status,"
                        + " raised_at, acknowledge_by, told_on_duty, acknowledged_at)"
                        + " VALUES ('POST', 0, ?, 'HIGH', 'seeded', 'a seeded text', '/moderation/queue.xhtml', 'ACKNOWLEDGED',"
                        + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 2 HOUR), DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 HOUR), TRUE,"
                        + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 90 MINUTE))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, memberId);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Asked eight days ago, due yesterday, held since: what the timer leaves behind. */
    private static void seedHeldErasure(long memberId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO erasure_request (account_id, requested_at, due_at, held_since)"
                        + " VALUES (?, DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 8 DAY), DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 DAY),"
                        + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 DAY))")) {
            insert.setLong(1, memberId);
            insert.executeUpdate();
        }
    }

    private static boolean released(long memberId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement find = db.prepareStatement(
                "SELECT released_by FROM erasure_request WHERE account_id = ?")) {
            find.setLong(1, memberId);
            try (ResultSet row = find.executeQuery()) {
                return !row.next() || row.getObject(1) != null;
            }
        }
    }

    /**
     * Removed afterwards, so the journeys after this one see the alert pages as before (closing it in
     * SQL left a closed alert with no outcome, which no moderator can make and the alerts page cannot show).
     */
    private static void closeAlert(long alertId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement close = db.prepareStatement(
                "DELETE FROM crisis_alert WHERE id = ?")) {
            close.setLong(1, alertId);
            close.executeUpdate();
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
}
