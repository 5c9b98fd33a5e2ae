package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.AddressConfirmationService.Confirmation;
import org.peersupport.portal.account.AddressConfirmationService.NewLink;
import org.peersupport.portal.account.RegistrationService.Outcome;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.ForumVisibility;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentorshipWish;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.OutboxMessage;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.shared.security.SecretToken;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Registration that reveals nothing (issue 19): a known address gets the same answer as a new one
 * and its owner a mail; a new account confirms its address by a single-use link before it may act;
 * registrations and new links are throttled.
 */
@ExtendWith(ArquillianExtension.class)
class QuietRegistrationIT {

    private static final Pattern LINK = Pattern.compile("/confirm-address\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(QuietRegistrationIT.class, TestPeople.class);
    }

    @Inject
    private RegistrationService registrations;

    @Inject
    private AddressConfirmationService confirmations;

    @Inject
    private AccountService accounts;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;

    @Inject
    private MentoringService mentoring;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void aKnownAddressGetsTheSameAnswerNoAccountAndItsOwnerAMail() throws SQLException {
        Registration ownersRegistration = TestPeople.newRegistration("Europe/London", "en");
        Account owner = accounts.register(ownersRegistration);
        Registration again = TestPeople.newRegistration("Europe/London", "en");
        again.setEmail(owner.getEmail().toUpperCase(java.util.Locale.ROOT));

        assertThat(registrations.register(again, network())).isEqualTo(Outcome.CHECK_YOUR_EMAIL);

        assertThat(accounts.isDisplayNameTaken(again.getDisplayName())).as("no second account").isFalse();
        assertThat(countAccountsWithEmail(owner.getEmail())).isEqualTo(1);
        assertThat(confirmations.isConfirmed(owner.getId())).as("the owner's account is untouched").isTrue();
        List<OutboxMessage> mail = outbox.messagesTo(owner.getEmail());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getMail().text()).contains("someone has just tried to create a new account")
                .contains("/login.xhtml").contains("/forgot-password.xhtml").doesNotContain("confirm-address");
        assertThat(accounts.verifyCredentials(owner.getEmail(), again.getPassword())).as("the stranger's password does nothing").isEmpty();
        assertThat(accounts.verifyCredentials(owner.getEmail(), ownersRegistration.getPassword())).isPresent();
    }

    @Test
    void aNewAddressGetsTheSameAnswerAnUnconfirmedAccountAndALink() {
        Registration registration = TestPeople.newRegistration("Europe/London", "en");

        assertThat(registrations.register(registration, network())).isEqualTo(Outcome.CHECK_YOUR_EMAIL);

        Account account = accounts.findByEmail(registration.getEmail()).orElseThrow();
        assertThat(confirmations.isConfirmed(account.getId())).isFalse();
        assertThat(accounts.verifyCredentials(registration.getEmail(), registration.getPassword()))
                .as("an unconfirmed member may sign in").isPresent();
        assertThat(linkIn(registration.getEmail())).isNotNull();
        assertThat(outbox.messagesTo(registration.getEmail()).get(0).getMail().text())
                .contains("Please confirm that this e-mail address is yours");
    }

    @Test
    void aKnownAddressCostsAboutAsMuchTimeAsANewOne() {
        registrations.register(TestPeople.newRegistration(), network()); // warm up
        long fresh = 0;
        long known = 0;
        for (int i = 0; i < 2; i++) {
            Registration registration = TestPeople.newRegistration();
            long start = System.nanoTime();
            registrations.register(registration, network());
            fresh += System.nanoTime() - start;
            Registration duplicate = TestPeople.newRegistration();
            duplicate.setEmail(registration.getEmail());
            start = System.nanoTime();
            registrations.register(duplicate, network());
            known += System.nanoTime() - start;
        }
        // Without the hash a known address would answer in a few milliseconds, a tiny share of a new one.
        assertThat(known).as("known %d ms, new %d ms", known / 1_000_000, fresh / 1_000_000).isGreaterThan(fresh / 3);
    }

    @Test
    void aTakenDisplayNameMayBeSaidForAnyAddress() {
        Account someone = accounts.register(TestPeople.newRegistration());
        Registration sameName = TestPeople.newRegistration();
        sameName.setDisplayName(someone.getDisplayName().toUpperCase(java.util.Locale.ROOT));

        assertThatThrownBy(() -> registrations.register(sameName, network()))
                .isInstanceOfSatisfying(RegistrationRefusedException.class,
                        e -> assertThat(e.getReason()).isEqualTo(RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN));
        assertThat(accounts.findByEmail(sameName.getEmail())).isEmpty();
    }

    @Test
    void anUnconfirmedMemberIsRefusedPostingAndAskingForMentoringUntilTheLinkIsOpenedOnce() {
        Registration registration = TestPeople.newRegistration("Europe/London", "en");
        registrations.register(registration, network());
        long id = accounts.findByEmail(registration.getEmail()).orElseThrow().getId();
        TestPeople.trustLevel(id, 1);
        Forum forum = groups.createForum("quiet-" + unique(), "A forum", "For tests.", ForumVisibility.OPEN, 60);

        assertThatThrownBy(() -> posting.startTopic(Reader.member(id), forum.getId(), "Hello all", "My first words here.", null, false))
                .isInstanceOf(AddressUnconfirmedException.class);
        assertThatThrownBy(() -> mentoring.requestMentor(id, wish())).isInstanceOf(AddressUnconfirmedException.class);
        assertThatThrownBy(() -> mentoring.apply(id, application())).isInstanceOf(AddressUnconfirmedException.class);
        assertThat(mentoring.currentRequestOf(id)).isEmpty();

        String token = linkIn(registration.getEmail());
        assertThat(confirmations.confirm(token)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(confirmations.confirm(token)).as("single use").isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.isConfirmed(id)).isTrue();

        assertThat(posting.startTopic(Reader.member(id), forum.getId(), "Hello all", "My first words here.", null, false).topicId())
                .isPositive();
        assertThat(mentoring.requestMentor(id, wish())).isNotNull();
        assertThat(confirmations.sendNewLink(id)).as("nothing to confirm any more").isEqualTo(NewLink.ALREADY_CONFIRMED);
    }

    @Test
    void anExpiredLinkConfirmsNothingAndANewLinkReplacesTheOld() throws SQLException {
        Registration registration = TestPeople.newRegistration();
        registrations.register(registration, network());
        long id = accounts.findByEmail(registration.getEmail()).orElseThrow().getId();
        String first = linkIn(registration.getEmail());
        try (Connection db = dataSource.getConnection();
                PreparedStatement age = db.prepareStatement(
                        "UPDATE unconfirmed_address SET expires_at = expires_at - INTERVAL 49 HOUR WHERE account_id = ?")) {
            age.setLong(1, id);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        assertThat(confirmations.confirm(first)).isEqualTo(Confirmation.EXPIRED);
        assertThat(confirmations.isConfirmed(id)).isFalse();

        assertThat(confirmations.sendNewLink(id)).isEqualTo(NewLink.SENT);
        List<OutboxMessage> mail = outbox.messagesTo(registration.getEmail());
        assertThat(mail).hasSize(2);
        String second = token(mail.get(1).getMail().text());
        assertThat(second).isNotEqualTo(first);
        assertThat(confirmations.confirm(first)).as("replaced").isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.confirm(second)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(storedHashes(id)).as("confirmed: nothing left to confirm").isZero();
    }

    @Test
    void forgedAndMalformedLinksConfirmNothingAndOnlyTheHashIsStored() throws SQLException {
        Registration registration = TestPeople.newRegistration();
        registrations.register(registration, network());
        long id = accounts.findByEmail(registration.getEmail()).orElseThrow().getId();
        String token = linkIn(registration.getEmail());

        assertThat(confirmations.confirm(null)).isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.confirm("' OR 1=1 --")).isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.confirm(SecretToken.newToken())).isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.confirm(SecretToken.hash(token).substring(0, 43))).isEqualTo(Confirmation.INVALID);
        assertThat(confirmations.isConfirmed(id)).isFalse();
        try (Connection db = dataSource.getConnection();
                PreparedStatement read = db.prepareStatement("SELECT token_hash FROM unconfirmed_address WHERE account_id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(SecretToken.hash(token)).isNotEqualTo(token);
            }
        }
    }

    @Test
    void registrationIsThrottledPerAddressAndPerNetworkAddress() {
        Registration first = TestPeople.newRegistration();
        for (int i = 0; i < 3; i++) {
            Registration again = TestPeople.newRegistration();
            again.setEmail(first.getEmail());
            assertThat(registrations.register(again, network())).as("attempt %d", i + 1).isEqualTo(Outcome.CHECK_YOUR_EMAIL);
        }
        Registration fourth = TestPeople.newRegistration();
        fourth.setEmail(first.getEmail());
        assertThat(registrations.register(fourth, network())).as("a fourth for one address within the hour").isEqualTo(Outcome.TRY_LATER);
        assertThat(outbox.messagesTo(first.getEmail())).as("one link and two notes to the owner, no more").hasSize(3);

        String network = network();
        for (int i = 0; i < 10; i++) {
            assertThat(registrations.register(TestPeople.newRegistration(), network)).isEqualTo(Outcome.CHECK_YOUR_EMAIL);
        }
        Registration eleventh = TestPeople.newRegistration();
        assertThat(registrations.register(eleventh, network)).as("an eleventh from one network address").isEqualTo(Outcome.TRY_LATER);
        assertThat(accounts.findByEmail(eleventh.getEmail())).isEmpty();
        assertThat(registrations.register(eleventh, network())).as("another network address").isEqualTo(Outcome.CHECK_YOUR_EMAIL);
    }

    @Test
    void newLinksAreThrottledPerAccount() {
        Registration registration = TestPeople.newRegistration();
        registrations.register(registration, network());
        long id = accounts.findByEmail(registration.getEmail()).orElseThrow().getId();
        for (int i = 0; i < 3; i++) {
            assertThat(confirmations.sendNewLink(id)).isEqualTo(NewLink.SENT);
        }
        assertThat(confirmations.sendNewLink(id)).isEqualTo(NewLink.TRY_LATER);
        assertThat(outbox.messagesTo(registration.getEmail())).hasSize(4);
    }

    private String linkIn(String email) {
        List<OutboxMessage> mail = outbox.messagesTo(email);
        assertThat(mail).isNotEmpty();
        return token(mail.get(mail.size() - 1).getMail().text());
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in: %s", text).isTrue();
        return link.group(1);
    }

    private long countAccountsWithEmail(String email) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
            count.setString(1, email);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long storedHashes(long accountId) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM unconfirmed_address WHERE account_id = ?")) {
            count.setLong(1, accountId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static MentorshipWish wish() {
        return new MentorshipWish(EnumSet.of(ExperienceArea.ANXIETY), Set.of("en"), ZoneId.of("Europe/London"),
                WeeklyAvailability.parse("MON 18:00-20:00"), null, null, null, "");
    }

    private static MentorApplication application() {
        return new MentorApplication(Set.of(ExperienceArea.ANXIETY), null, Set.of("en"), ZoneId.of("Europe/London"),
                WeeklyAvailability.parse("MON 18:00-20:00"), 2, null, null,
                "I have lived with anxiety for years and like to listen before I say anything.", true);
    }

    /** A network address of its own per call, so tests never share a throttle count. */
    private static String network() {
        return "test-network-" + unique();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
