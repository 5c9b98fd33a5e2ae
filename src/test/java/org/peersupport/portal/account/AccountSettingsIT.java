package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peersupport.portal.testsupport.TestPeople.newRegistration;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.OutboxMessage;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/** The settings page's services against MariaDB: each test makes its own people. */
@ExtendWith(ArquillianExtension.class)
class AccountSettingsIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "a brand new passphrase 2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AccountSettingsIT.class, TestPeople.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private SignedInDevices devices;

    @Inject
    private PortalIdentityStore identityStore;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private AuditTrail auditTrail;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        String laptop = devices.record(member.getId(), "Firefox on Linux");
        String phone = devices.record(member.getId(), "Safari on iPhone");
        SessionStamps before = accounts.getAccount(member.getId()).getSessionStamps();

        assertThatThrownBy(() -> settings.changePassword(member.getId(), "not my password at all", NEW_PASSWORD, laptop))
                .isInstanceOf(SettingsRefusedException.class)
                .hasMessage(SettingsRefusedException.WRONG_PASSWORD);

        assertThat(accounts.getAccount(member.getId()).getSessionStamps()).isEqualTo(before);
        assertThat(devices.stillSignedIn(phone)).isTrue();
        assertThat(signsIn(registration.getEmail(), registration.getPassword())).isTrue();
        assertThat(outbox.messagesTo(registration.getEmail())).isEmpty();
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 10)).isEmpty();
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionKeepsThisOneAndIsMailedAndAudited() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        String laptop = devices.record(member.getId(), "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
        String phone = devices.record(member.getId(), "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Safari/604.1");
        SessionStamps signedInWith = accounts.getAccount(member.getId()).getSessionStamps();

        SessionStamps kept = settings.changePassword(member.getId(), registration.getPassword(), NEW_PASSWORD, laptop);

        SessionStamps now = accounts.getAccount(member.getId()).getSessionStamps();
        assertThat(signedInWith.endedBy(now)).as("every session signed in before ends").isTrue();
        assertThat(kept.endedBy(now)).as("the session that changed it goes on").isFalse();
        assertThat(devices.stillSignedIn(phone)).isFalse();
        assertThat(devices.stillSignedIn(laptop)).isTrue();
        assertThat(devices.of(member.getId())).extracting(d -> d.getDescription().browser()).containsExactly("Firefox");
        assertThat(signsIn(registration.getEmail(), registration.getPassword())).isFalse();
        assertThat(signsIn(registration.getEmail(), NEW_PASSWORD)).isTrue();
        assertThat(outbox.messagesTo(registration.getEmail())).hasSize(1);
        assertThat(actionsOn(member)).contains(AccountAudit.PASSWORD_CHANGED.name());
    }

    @Test
    void afterFiveWrongCurrentPasswordsEvenTheRightOneWaits() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        for (int i = 0; i < AccountSettingsService.WRONG_PASSWORDS_ALLOWED; i++) {
            assertThatThrownBy(() -> settings.askEmailChange(member.getId(), "a wrong guess", "g-" + member.getId() + "@example.org"))
                    .hasMessage(SettingsRefusedException.WRONG_PASSWORD);
        }
        assertThatThrownBy(() -> settings.changePassword(member.getId(), registration.getPassword(), NEW_PASSWORD, null))
                .hasMessage(SettingsRefusedException.TOO_MANY);
        assertThat(signsIn(registration.getEmail(), registration.getPassword())).isTrue();
    }

    @Test
    void aNewPasswordKeepsTheSizeRule() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        assertThatThrownBy(() -> settings.changePassword(member.getId(), registration.getPassword(), "short", null))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(accounts.getAccount(member.getId()).getSessionStamps())
                .isEqualTo(member.getSessionStamps());
    }

    @Test
    void aRenameIsUniqueAuditedAndKeptForModerators() {
        Account member = accounts.register(newRegistration());
        Account other = accounts.register(newRegistration());
        String first = member.getDisplayName();
        String second = "Renamed " + member.getId();

        settings.changeDisplayName(member.getId(), second);
        settings.changeDisplayName(member.getId(), second.toUpperCase(Locale.ROOT));
        assertThatThrownBy(() -> settings.changeDisplayName(member.getId(), other.getDisplayName().toLowerCase(Locale.ROOT)))
                .isInstanceOf(SettingsRefusedException.class).hasMessage(SettingsRefusedException.NAME_TAKEN);

        assertThat(accounts.getAccount(member.getId()).getDisplayName()).isEqualTo(second.toUpperCase(Locale.ROOT));
        assertThat(settings.nameHistory(member.getId())).extracting(DisplayNameChange::getFormerName)
                .containsExactly(second, first);
        assertThat(settings.nameHistory(other.getId())).isEmpty();
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 10))
                .extracting(AuditEntry::getDetail).contains(first + " → " + second);
    }

    @Test
    void aNewAddressIsConfirmedByItsLinkOnceAndTheOldAddressIsTold() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        String newEmail = "moved-" + member.getId() + "@example.org";

        settings.askEmailChange(member.getId(), registration.getPassword(), newEmail);
        assertThat(accounts.getAccount(member.getId()).getEmail()).as("nothing moves before the link").isEqualTo(registration.getEmail());
        String token = tokenMailedTo(newEmail);
        assertThat(settings.pendingChange(token)).map(EmailChange::getNewEmail).contains(newEmail);

        settings.confirmEmailChange(token);

        assertThat(accounts.getAccount(member.getId()).getEmail()).isEqualTo(newEmail);
        assertThat(outbox.messagesTo(registration.getEmail())).as("the former address is told").hasSize(1);
        assertThatThrownBy(() -> settings.confirmEmailChange(token)).as("the link works once")
                .isInstanceOf(SettingsRefusedException.class).hasMessage(SettingsRefusedException.LINK_INVALID);
        assertThatThrownBy(() -> settings.confirmEmailChange("A".repeat(43))).as("a forged link")
                .isInstanceOf(SettingsRefusedException.class);
        assertThat(actionsOn(member)).contains(AccountAudit.EMAIL_CHANGE_ASKED.name(), AccountAudit.EMAIL_CHANGED.name());
    }

    @Test
    void anExpiredOrReplacedLinkChangesNothing() throws SQLException {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        String firstAddress = "first-" + member.getId() + "@example.org";
        String secondAddress = "second-" + member.getId() + "@example.org";
        settings.askEmailChange(member.getId(), registration.getPassword(), firstAddress);
        String replaced = tokenMailedTo(firstAddress);
        settings.askEmailChange(member.getId(), registration.getPassword(), secondAddress);
        String expired = tokenMailedTo(secondAddress);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expire = connection.prepareStatement(
                        "UPDATE email_change SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE account_id = ?")) {
            expire.setLong(1, member.getId());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> settings.confirmEmailChange(replaced)).isInstanceOf(SettingsRefusedException.class);
        assertThatThrownBy(() -> settings.confirmEmailChange(expired)).isInstanceOf(SettingsRefusedException.class);
        assertThat(accounts.getAccount(member.getId()).getEmail()).isEqualTo(registration.getEmail());
    }

    @Test
    void someoneElsesAddressGetsTheSameAnswerAndItsOwnerIsTold() {
        Registration registration = newRegistration();
        Account member = accounts.register(registration);
        Account owner = accounts.register(newRegistration());

        settings.askEmailChange(member.getId(), registration.getPassword(), owner.getEmail().toUpperCase(Locale.ROOT));

        List<OutboxMessage> toOwner = outbox.messagesTo(owner.getEmail());
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).getMail().text()).doesNotContain("token=");
        assertThat(accounts.getAccount(member.getId()).getEmail()).isEqualTo(registration.getEmail());
        assertThatThrownBy(() -> settings.askEmailChange(member.getId(), "wrong password here", "x-" + member.getId() + "@example.org"))
                .isInstanceOf(SettingsRefusedException.class).hasMessage(SettingsRefusedException.WRONG_PASSWORD);
    }

    @Test
    void devicesAreListedAndSignedOutOneByOneOrAllButThisOne() {
        Account member = accounts.register(newRegistration());
        Account stranger = accounts.register(newRegistration());
        String here = devices.record(member.getId(), "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 Safari/537.36");
        String tablet = devices.record(member.getId(), "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Safari/537.36");
        String phone = devices.record(member.getId(), "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Safari/604.1");
        String strangers = devices.record(stranger.getId(), "curl/8");
        assertThat(devices.of(member.getId())).hasSize(3)
                .allSatisfy(d -> assertThat(d.getSignedInAt()).isNotNull());

        assertThat(devices.signOut(stranger.getId(), SignedInDevices.idOf(tablet))).as("not theirs").isFalse();
        assertThat(devices.stillSignedIn(tablet)).isTrue();
        assertThat(devices.signOut(member.getId(), SignedInDevices.idOf(tablet))).isTrue();
        assertThat(devices.stillSignedIn(tablet)).isFalse();

        SessionStamps before = accounts.getAccount(member.getId()).getSessionStamps();
        SessionStamps kept = devices.signOutEverywhereElse(member.getId(), here);
        assertThat(before.endedBy(kept)).isTrue();
        assertThat(devices.stillSignedIn(phone)).isFalse();
        assertThat(devices.stillSignedIn(here)).isTrue();
        assertThat(devices.stillSignedIn(strangers)).as("another account's session").isTrue();
        assertThat(devices.of(member.getId())).extracting(SignedInDevice::getKeyHash).containsExactly(SignedInDevices.idOf(here));
        assertThat(actionsOn(member)).contains(AccountAudit.DEVICE_SIGNED_OUT.name(), AccountAudit.SIGNED_OUT_ELSEWHERE.name());

        devices.forget(here);
        assertThat(devices.of(member.getId())).isEmpty();
    }

    @Test
    void timeZoneAndLanguageAreSavedAndAudited() {
        Account member = accounts.register(newRegistration("America/Mexico_City", "es"));
        settings.changeRegion(member.getId(), ZoneId.of("Asia/Tokyo"), Locale.ENGLISH);
        Account saved = accounts.getAccount(member.getId());
        assertThat(saved.getTimeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(saved.getLanguage().getLanguage()).isEqualTo("en");
        assertThat(actionsOn(member)).contains(AccountAudit.TIME_ZONE_CHANGED.name(), AccountAudit.LANGUAGE_CHANGED.name());
    }

    private boolean signsIn(String email, String password) {
        return identityStore.validate(new UsernamePasswordCredential(email, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    private List<String> actionsOn(Account member) {
        return auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 20).stream().map(AuditEntry::getAction).toList();
    }

    private String tokenMailedTo(String address) {
        List<OutboxMessage> mails = outbox.messagesTo(address);
        assertThat(mails).hasSize(1);
        Matcher token = TOKEN.matcher(mails.get(0).getMail().text());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
