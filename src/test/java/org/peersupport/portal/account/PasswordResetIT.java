package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.MailTransport;
import org.peersupport.portal.notification.OutboxMessage;
import org.peersupport.portal.notification.SmtpMailTransport;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.shared.security.SecretToken;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Password reset against MariaDB inside Payara Micro: the same answer for known and unknown
 * addresses, links that work once for 30 minutes and only while newest, limits per account and
 * per network address, and a reset that ends every session, is audited and is told by e-mail.
 * Each test makes its own people and network addresses, so the in-memory limits never meet.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PasswordResetIT.class, TestPeople.class, Mailbox.class, Mailbox.Mail.class);
    }

    @Inject
    private PasswordResetService resets;

    @Inject
    private AccountService accounts;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private AuditTrail auditTrail;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    private final MailTransport smtp = new SmtpMailTransport("127.0.0.1", Mailbox.smtpPort(), null, null, false,
            "no-reply@peersupport.example", "Peer Support Portal");

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheAccountGetsALink() throws Exception {
        Registration member = TestPeople.newRegistration("Europe/Madrid", "es");
        Account account = accounts.register(member);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

        var known = resets.ask(member.getEmail().toUpperCase(), newAddress());
        var stranger = resets.ask(unknown, newAddress());
        known.get(30, TimeUnit.SECONDS);
        stranger.get(30, TimeUnit.SECONDS);

        assertThat(outbox.messagesTo(unknown)).isEmpty();
        assertThat(linksOf(account.getId())).isEqualTo(1);
        List<OutboxMessage> mails = outbox.messagesTo(member.getEmail());
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.getMail().text())
                .contains("Hola, " + member.getDisplayName(), "/reset-password.xhtml?token=", "30 minutos"));
        String token = tokenIn(mails.get(0));
        assertThat(storedHashes(account.getId())).as("only the hash is stored")
                .containsExactly(SecretToken.hash(token)).doesNotContain(token);

        outbox.drain(smtp, Instant.now());
        assertThat(Mailbox.of(member.getEmail())).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains(token));
        assertThat(outbox.messagesTo(member.getEmail())).singleElement().satisfies(sent -> {
            assertThat(sent.getSentAt()).isNotNull();
            assertThat(sent.getMail().text()).as("the link is not kept once sent").isEmpty();
            assertThat(sent.getMail().html()).isEmpty();
        });
    }

    @Test
    void aResetSetsThePasswordEndsEverySessionIsAuditedAndToldAndWorksOnce() throws Exception {
        Registration member = TestPeople.newRegistration("Europe/London", "en");
        Account account = accounts.register(member);
        long stampBefore = account.getSessionStamps().security();
        String token = askAndGetToken(member.getEmail());
        assertThat(resets.check(token)).isEqualTo(ResetLinkState.USABLE);

        resets.reset(token, new NewPassword("a brand new long passphrase", "a brand new long passphrase"));

        assertThat(accounts.verifyCredentials(member.getEmail(), "a brand new long passphrase")).isPresent();
        assertThat(accounts.verifyCredentials(member.getEmail(), member.getPassword())).isEmpty();
        assertThat(accounts.getAccount(account.getId()).getSessionStamps().security())
                .as("every session signed in before is ended").isGreaterThan(stampBefore);
        List<AuditEntry> trail = auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, account.getId(), 10);
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(AccountAudit.PASSWORD_RESET.name());
            assertThat(entry.getActorId()).isEqualTo(account.getId());
        });
        assertThat(outbox.messagesTo(member.getEmail())).last().satisfies(told -> assertThat(told.getMail().text())
                .contains("The password of your account was changed", "If it was not you", "/forgot-password.xhtml")
                .doesNotContain("token="));

        assertThat(resets.check(token)).isEqualTo(ResetLinkState.USED);
        assertThatThrownBy(() -> resets.reset(token, new NewPassword("someone else's passphrase", "someone else's passphrase")))
                .isInstanceOfSatisfying(PasswordResetRefusedException.class,
                        e -> assertThat(e.getState()).isEqualTo(ResetLinkState.USED));
        assertThat(accounts.verifyCredentials(member.getEmail(), "someone else's passphrase")).isEmpty();
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, account.getId(), 10)).hasSize(1);
    }

    @Test
    void anExpiredLinkChangesNothing() throws Exception {
        Registration member = TestPeople.newRegistration();
        Account account = accounts.register(member);
        String token = askAndGetToken(member.getEmail());

        ageLinks(account.getId(), 31);

        assertThat(resets.check(token)).isEqualTo(ResetLinkState.EXPIRED);
        assertThatThrownBy(() -> resets.reset(token, new NewPassword("too late a passphrase", "too late a passphrase")))
                .isInstanceOfSatisfying(PasswordResetRefusedException.class,
                        e -> assertThat(e.getState()).isEqualTo(ResetLinkState.EXPIRED));
        assertThat(accounts.verifyCredentials(member.getEmail(), member.getPassword())).isPresent();
        assertThat(accounts.getAccount(account.getId()).getSessionStamps().security()).isEqualTo(account.getSessionStamps().security());
    }

    @Test
    void aNewerLinkVoidsTheOlderOneAndSoDoesAnyOtherChangeOfTheAccountsSecurity() throws Exception {
        Registration member = TestPeople.newRegistration();
        Account account = accounts.register(member);
        String older = askAndGetToken(member.getEmail());
        String newer = askAndGetToken(member.getEmail());

        assertThat(resets.check(older)).isEqualTo(ResetLinkState.REPLACED);
        assertThatThrownBy(() -> resets.reset(older, new NewPassword("an older link passphrase", "an older link passphrase")))
                .isInstanceOf(PasswordResetRefusedException.class);
        assertThat(accounts.verifyCredentials(member.getEmail(), member.getPassword())).isPresent();
        assertThat(resets.check(newer)).isEqualTo(ResetLinkState.USABLE);

        accounts.endSessions(account.getId()); // "sign out everywhere", a password changed on the settings page
        assertThat(resets.check(newer)).isEqualTo(ResetLinkState.REPLACED);
    }

    @Test
    void forgedMalformedOrMissingTokensAreUnknownAndChangeNothing() throws Exception {
        Registration member = TestPeople.newRegistration();
        accounts.register(member);
        String real = askAndGetToken(member.getEmail());
        String forged = SecretToken.newToken();

        for (String bad : new String[] {forged, real.substring(1), real + "x", "' OR 1=1 --", "", null}) {
            assertThat(resets.check(bad)).as(String.valueOf(bad)).isEqualTo(ResetLinkState.UNKNOWN);
            assertThatThrownBy(() -> resets.reset(bad, new NewPassword("a forger's passphrase", "a forger's passphrase")))
                    .isInstanceOfSatisfying(PasswordResetRefusedException.class,
                            e -> assertThat(e.getState()).isEqualTo(ResetLinkState.UNKNOWN));
        }
        assertThat(accounts.verifyCredentials(member.getEmail(), member.getPassword())).isPresent();
        assertThat(resets.check(real)).as("the real link still works").isEqualTo(ResetLinkState.USABLE);
    }

    @Test
    void aNewPasswordThatBreaksTheRulesIsRefusedAndTheLinkStillWorks() throws Exception {
        Registration member = TestPeople.newRegistration();
        accounts.register(member);
        String token = askAndGetToken(member.getEmail());

        assertThatThrownBy(() -> resets.reset(token, new NewPassword("short", "short")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> resets.reset(token, new NewPassword("a long enough passphrase", "a long enough passphrasf")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(resets.check(token)).isEqualTo(ResetLinkState.USABLE);
        assertThat(accounts.verifyCredentials(member.getEmail(), member.getPassword())).isPresent();
    }

    @Test
    void asksOverTheLimitPerAccountSendNothingMore() throws Exception {
        Registration member = TestPeople.newRegistration();
        Account account = accounts.register(member);

        for (int ask = 0; ask < 5; ask++) {
            resets.ask(member.getEmail(), newAddress()).get(30, TimeUnit.SECONDS);
        }

        assertThat(outbox.messagesTo(member.getEmail())).as("three asks an hour per account by default").hasSize(3);
        assertThat(linksOf(account.getId())).isEqualTo(3);
    }

    @Test
    void asksOverTheLimitPerNetworkAddressSendNothingMore() throws Exception {
        Registration member = TestPeople.newRegistration();
        accounts.register(member);
        String address = newAddress();

        for (int ask = 0; ask < 10; ask++) {
            resets.ask("nobody-" + UUID.randomUUID() + "@example.org", address).get(30, TimeUnit.SECONDS);
        }
        resets.ask(member.getEmail(), address).get(30, TimeUnit.SECONDS);
        assertThat(outbox.messagesTo(member.getEmail())).as("ten asks an hour per address by default").isEmpty();

        resets.ask(member.getEmail(), newAddress()).get(30, TimeUnit.SECONDS);
        assertThat(outbox.messagesTo(member.getEmail())).hasSize(1);
    }

    private String askAndGetToken(String email) throws Exception {
        resets.ask(email, newAddress()).get(30, TimeUnit.SECONDS);
        return tokenIn(outbox.messagesTo(email).get(outbox.messagesTo(email).size() - 1));
    }

    private static String tokenIn(OutboxMessage message) {
        Matcher matcher = TOKEN.matcher(message.getMail().text());
        assertThat(matcher.find()).as("a link in " + message.getMail().text()).isTrue();
        return matcher.group(1);
    }

    /** A network address of its own (TEST-NET-3 and beyond), so tests never share a limit. */
    private static String newAddress() {
        return "203.0.113." + UUID.randomUUID();
    }

    private long linksOf(long accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM password_reset WHERE account_id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<String> storedHashes(long accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT token_hash FROM password_reset WHERE account_id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet rows = query.executeQuery()) {
                List<String> hashes = new java.util.ArrayList<>();
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
                return hashes;
            }
        }
    }

    /** Moves the account's links back in time, as if they had been asked for {@code minutes} ago. */
    private void ageLinks(long accountId, int minutes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE password_reset SET created_at = created_at - INTERVAL ? MINUTE,"
                        + " expires_at = expires_at - INTERVAL ? MINUTE WHERE account_id = ?")) {
            update.setInt(1, minutes);
            update.setInt(2, minutes);
            update.setLong(3, accountId);
            update.executeUpdate();
        }
    }
}
