package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peersupport.portal.testsupport.TestPeople.newRegistration;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;

/** Consent records against MariaDB: what registration keeps, and accepting a raised version. */
@ExtendWith(ArquillianExtension.class)
class ConsentServiceIT {

    private static final ConsentVersions RAISED_GUIDELINES = new ConsentVersions("2099-01", ConsentVersions.CURRENT.privacy());

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ConsentServiceIT.class, org.peersupport.portal.testsupport.TestPeople.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ConsentService consents;

    @Inject
    private AuditTrail auditTrail;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void theVersionsInForceComeFromConfigurationWithTheShippedDefaults() {
        assertThat(consents.current()).isEqualTo(ConsentVersions.CURRENT);
    }

    @Test
    void registrationRecordsBothDocumentsWithTheirVersionsAndTime() throws SQLException {
        Account account = accounts.register(newRegistration());

        List<ConsentAcceptance> history = consents.history(account.getId());
        assertThat(history).extracting(ConsentAcceptance::getDocument)
                .containsExactlyInAnyOrder(ConsentDocument.GUIDELINES, ConsentDocument.PRIVACY);
        assertThat(history).extracting(ConsentAcceptance::getVersion)
                .containsOnly(ConsentVersions.CURRENT.guidelines(), ConsentVersions.CURRENT.privacy());
        assertThat(history).extracting(ConsentAcceptance::getAcceptedAt).containsOnly(account.getCreatedAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(rowsFor(account.getId())).isEqualTo(2);
        assertThat(consents.outdated(account.getId())).isEmpty();
    }

    @Test
    void aRaisedVersionIsOutdatedUntilAcceptedAndTheAcceptanceIsKeptAndAudited() throws SQLException {
        Account account = accounts.register(newRegistration());

        assertThat(consents.outdated(account.getId(), RAISED_GUIDELINES)).containsExactly(ConsentDocument.GUIDELINES);

        assertThat(consents.accept(account.getId(), RAISED_GUIDELINES)).containsExactly(ConsentDocument.GUIDELINES);

        assertThat(consents.outdated(account.getId(), RAISED_GUIDELINES)).isEmpty();
        assertThat(consents.acceptedBy(account.getId())).isEqualTo(RAISED_GUIDELINES);
        List<ConsentAcceptance> history = consents.history(account.getId());
        assertThat(history).hasSize(3);
        ConsentAcceptance newest = history.get(2);
        assertThat(newest.getDocument()).isEqualTo(ConsentDocument.GUIDELINES);
        assertThat(newest.getVersion()).isEqualTo("2099-01");
        assertThat(newest.getAcceptedAt()).isAfterOrEqualTo(account.getCreatedAt());
        assertThat(history.subList(0, 2)).as("the first acceptances are kept, not overwritten")
                .extracting(ConsentAcceptance::getVersion).containsOnly(ConsentVersions.CURRENT.guidelines());
        Account stored = accounts.getAccount(account.getId());
        assertThat(stored.getGuidelinesVersion()).isEqualTo("2099-01");
        assertThat(stored.getPrivacyAcceptedAt()).as("privacy was not asked again").isEqualTo(account.getCreatedAt().truncatedTo(ChronoUnit.MILLIS));
        List<AuditEntry> trail = auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, account.getId(), 10);
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AccountAudit.CONSENT_ACCEPTED.name());
        assertThat(trail.get(0).getActorId()).isEqualTo(account.getId());
        assertThat(trail.get(0).getDetail()).isEqualTo("guidelines 2099-01");
        assertThat(rowsFor(account.getId())).isEqualTo(3);
    }

    @Test
    void acceptingTwiceRecordsOnce() {
        Account account = accounts.register(newRegistration());
        ConsentVersions bothRaised = new ConsentVersions("2099-02", "2099-02");

        assertThat(consents.accept(account.getId(), bothRaised))
                .containsExactlyInAnyOrder(ConsentDocument.GUIDELINES, ConsentDocument.PRIVACY);
        assertThat(consents.accept(account.getId(), bothRaised)).as("a replayed accept").isEmpty();

        assertThat(consents.history(account.getId())).hasSize(4);
        assertThat(auditTrail.entriesFor(AuditTrail.SUBJECT_ACCOUNT, account.getId(), 10)).hasSize(1);
        assertThat(consents.accept(account.getId())).as("the versions in force differ again: asked and recorded")
                .containsExactlyInAnyOrder(ConsentDocument.GUIDELINES, ConsentDocument.PRIVACY);
        assertThat(consents.history(account.getId())).hasSize(6);
    }

    @Test
    void oneMembersAcceptanceLeavesAnothersAlone() {
        Account one = accounts.register(newRegistration());
        Account other = accounts.register(newRegistration());

        consents.accept(one.getId(), RAISED_GUIDELINES);

        assertThat(consents.outdated(other.getId(), RAISED_GUIDELINES)).containsExactly(ConsentDocument.GUIDELINES);
        assertThat(consents.history(other.getId())).hasSize(2);
    }

    private int rowsFor(long accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM consent_acceptance WHERE account_id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
