package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peersupport.portal.testsupport.TestPeople.newRegistration;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;

/** Accounts against a real MariaDB, inside Payara Micro. Each test makes its own people. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AccountServiceIT.class, org.peersupport.portal.testsupport.TestPeople.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private PortalIdentityStore identityStore;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail auditTrail;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void registrationCreatesAMemberWithAStrongHashAndRecordedConsent() {
        Registration registration = newRegistration();
        Account account = accounts.register(registration);

        Account stored = accounts.getAccount(account.getId());
        assertThat(stored.getEmail()).isEqualTo(registration.getEmail());
        assertThat(stored.getRoles()).containsExactly(Role.MEMBER);
        assertThat(stored.getGuidelinesVersion()).isEqualTo(ConsentVersions.CURRENT.guidelines());
        assertThat(stored.getGuidelinesAcceptedAt()).isNotNull();
        assertThat(stored.getPrivacyVersion()).isEqualTo(ConsentVersions.CURRENT.privacy());
        assertThat(stored.getTimeZone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(stored.getPasswordHash())
                .doesNotContain(registration.getPassword())
                .startsWith("PBKDF2WithHmacSHA256:600000:");
    }

    @Test
    void aSecondAccountWithTheSameEmailInAnyCaseIsRefused() {
        Registration first = newRegistration();
        accounts.register(first);
        Registration second = newRegistration();
        second.setEmail(first.getEmail().toUpperCase());

        assertThatThrownBy(() -> accounts.register(second))
                .isInstanceOfSatisfying(RegistrationRefusedException.class,
                        e -> assertThat(e.getReason()).isEqualTo(RegistrationRefusedException.Reason.EMAIL_TAKEN));
        assertThat(accounts.isEmailTaken(" " + first.getEmail().toUpperCase() + " ")).isTrue();
    }

    @Test
    void aSecondAccountWithTheSameDisplayNameInAnyCaseIsRefused() {
        Registration first = newRegistration();
        accounts.register(first);
        Registration second = newRegistration();
        second.setDisplayName(first.getDisplayName().toLowerCase());

        assertThatThrownBy(() -> accounts.register(second))
                .isInstanceOfSatisfying(RegistrationRefusedException.class, e ->
                        assertThat(e.getReason()).isEqualTo(RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN));
        assertThat(accounts.findByEmail(second.getEmail())).isEmpty();
    }

    @Test
    void theServiceValidatesWhatThePageValidates() {
        Registration invalid = newRegistration();
        invalid.setPassword("too short");
        invalid.setPrivacyAccepted(false);

        assertThatThrownBy(() -> accounts.register(invalid))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations()).hasSize(2));
        assertThat(accounts.findByEmail(invalid.getEmail())).isEmpty();
    }

    @Test
    void signInWithTheRightPasswordGivesTheAccountsRolesAndRecordsTheTime() {
        Registration registration = newRegistration();
        Account account = accounts.register(registration);

        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(
                registration.getEmail().toUpperCase(), new Password(registration.getPassword())));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo(account.getId().toString());
        assertThat(result.getCallerGroups()).containsExactly("MEMBER");
        assertThat(accounts.getAccount(account.getId()).getLastSignInAt()).isNotNull();
    }

    @Test
    void aWrongPasswordOrUnknownEmailIsInvalid() {
        Registration registration = newRegistration();
        accounts.register(registration);

        assertThat(identityStore.validate(new UsernamePasswordCredential(registration.getEmail(),
                new Password(registration.getPassword() + "x"))).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identityStore.validate(new UsernamePasswordCredential("nobody-" + UUID.randomUUID() + "@example.org",
                new Password(registration.getPassword()))).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void theSeventhFailedSignInWithinAMinuteIsRefused() {
        String email = "target-" + UUID.randomUUID() + "@example.org";
        for (int attempt = 1; attempt <= SignInThrottle.FAILURES_ALLOWED; attempt++) {
            assertThat(throttle.isRefused(email, "198.51.100." + attempt)).isFalse();
            throttle.recordFailure(email, "198.51.100." + attempt);
        }
        assertThat(throttle.isRefused(email, "198.51.100.77")).isTrue();
    }

    @Test
    void anAdminGrantsAndRemovesRolesAndEachChangeIsAudited() throws SQLException {
        Account admin = newAdmin();
        Account member = accounts.register(newRegistration());

        accounts.grantRole(admin.getId(), member.getId(), Role.MENTOR);
        assertThat(accounts.getAccount(member.getId()).getRoles()).containsExactlyInAnyOrder(Role.MEMBER, Role.MENTOR);
        accounts.revokeRole(admin.getId(), member.getId(), Role.MENTOR);
        assertThat(accounts.getAccount(member.getId()).getRoles()).containsExactly(Role.MEMBER);

        List<AuditEntry> trail = auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 10);
        assertThat(trail).extracting(AuditEntry::getAction)
                .containsExactly(AccountAudit.ROLE_REVOKED.name(), AccountAudit.ROLE_GRANTED.name());
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.getActorId()).isEqualTo(admin.getId());
            assertThat(entry.getDetail()).isEqualTo("MENTOR");
        });
    }

    @Test
    void aMemberCannotChangeRolesAndNothingIsAudited() {
        Account member = accounts.register(newRegistration());
        Account other = accounts.register(newRegistration());

        assertThatThrownBy(() -> accounts.grantRole(member.getId(), member.getId(), Role.ADMIN))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accounts.revokeRole(member.getId(), other.getId(), Role.MEMBER))
                .isInstanceOf(NotPermittedException.class);
        assertThat(accounts.getAccount(member.getId()).getRoles()).containsExactly(Role.MEMBER);
        assertThat(accounts.getAccount(other.getId()).getRoles()).containsExactly(Role.MEMBER);
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 10)).isEmpty();
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() throws SQLException {
        Account admin = newAdmin();
        assertThatThrownBy(() -> accounts.revokeRole(admin.getId(), admin.getId(), Role.ADMIN))
                .isInstanceOf(NotPermittedException.class);
        assertThat(accounts.getAccount(admin.getId()).holds(Role.ADMIN)).isTrue();
    }

    @Test
    void theBootstrapAdminGrantIsAuditedAsThePortalsOwn() throws SQLException {
        Registration registration = newRegistration();
        Account account = accounts.register(registration);

        assertThat(accounts.grantAdminAtStartup(registration.getEmail())).isTrue();
        assertThat(accounts.grantAdminAtStartup("nobody-" + UUID.randomUUID() + "@example.org")).isFalse();

        assertThat(accounts.getAccount(account.getId()).holds(Role.ADMIN)).isTrue();
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, account.getId(), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo(AccountAudit.ROLE_GRANTED.name());
                    assertThat(entry.getActorId()).isNull();
                });
    }

    @Test
    void adminsFindPeopleByPartOfTheirDisplayNameOrEmailAPageAtATime() {
        String team = "Team" + UUID.randomUUID().toString().substring(0, 6);
        List<Account> members = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Registration registration = newRegistration();
            registration.setDisplayName(team + " member " + i);
            members.add(accounts.register(registration));
        }

        assertThat(accounts.countForAdmin(team.toUpperCase())).isEqualTo(5);
        assertThat(accounts.pageForAdmin(team, 0, 3)).extracting(Account::getDisplayName)
                .containsExactly(team + " member 1", team + " member 2", team + " member 3");
        assertThat(accounts.pageForAdmin(team, 3, 3)).extracting(Account::getId)
                .containsExactly(members.get(3).getId(), members.get(4).getId());
        assertThat(accounts.pageForAdmin(members.get(0).getEmail(), 0, 10)).extracting(Account::getId)
                .containsExactly(members.get(0).getId());
        assertThat(accounts.countForAdmin(team + "%")).as("LIKE wildcards are literal").isZero();
    }

    @Test
    void everyMigrationIsAppliedAndTheSchemaIsFlywaysAlone() throws Exception {
        List<String> applied = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getBoolean("success")).as(rows.getString("script")).isTrue();
                    applied.add(rows.getString("script"));
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        MigrationInfoService info = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).load().info();
        assertThat(info.pending()).as("migrations not applied").isEmpty();
        assertThat(applied).hasSizeGreaterThanOrEqualTo(3)
                .containsExactlyElementsOf(Arrays.stream(info.all()).map(MigrationInfo::getScript).toList());
        // Only tables the migrations create: nothing generated by EclipseLink (no SEQUENCE table, say).
        assertThat(tables).containsExactlyInAnyOrder("account", "account_role", "audit_entry", "flyway_schema_history",
                "forum", "notification", "notification_preference", "notification_settings", "email_outbox", "reminder",
                "forum_membership", "topic", "post", "post_revision", "post_support", "post_flag", "topic_read",
                "hidden_warning", "member_standing", "review_item", "sanction", "staff_note",
                "crisis_alert", "crisis_alert_note", "moderator_duty", "mentor_profile", "mentee_request", "mentor_proposal",
                "matching_run", "mentorship", "mentorship_check_in", "chat_message", "chat_read_mark", "chat_report",
                "curriculum", "curriculum_session", "curriculum_version", "curriculum_version_session",
                "cohort", "cohort_facilitator", "cohort_session", "enrolment", "calendar_feed",
                "attendance", "homework", "programme_completion",
                "care_contact", "workshop", "workshop_registration", "milestone_definition", "milestone_member", "milestone_progress",
                "milestone_award", "data_export", "erasure_request", "scheduled_job_run", "consent_acceptance", "account_session", "display_name_change", "email_change", "unconfirmed_address", "password_reset");
    }

    private Account newAdmin() throws SQLException {
        Account admin = accounts.register(newRegistration());
        // The first admin of a fresh database cannot be made through the service; write the row directly.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement grant = connection.prepareStatement(
                        "INSERT INTO account_role (account_id, role) VALUES (?, 'ADMIN')")) {
            grant.setLong(1, admin.getId());
            grant.executeUpdate();
        }
        return accounts.getAccount(admin.getId());
    }
}
