package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountAudit;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.account.CareContactDetails;
import org.peersupport.portal.account.CareContactService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.moderation.CrisisAlertHistory;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.CrisisSignal;
import org.peersupport.portal.moderation.CrisisTextHeld;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * A member's care contact and crisis-alert history, inside Payara Micro against MariaDB: the member
 * gives, changes and withdraws the contact (withdrawn is deleted; the audit trail says what happened
 * and never the details); only moderators and admins read it; the member record shows the member's
 * alerts newest first, bounded, with their count and who handled each.
 */
@ExtendWith(ArquillianExtension.class)
class CareContactServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(CareContactServiceIT.class, TestPeople.class);
    }

    @Inject
    private CareContactService contacts;

    @Inject
    private ModerationService moderation;

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Test
    void aMemberGivesChangesAndWithdrawsTheirCareContactAndOnlyModeratorsReadIt() {
        Account member = accounts.register(TestPeople.newRegistration());
        Account moderator = newStaff(Role.MODERATOR);
        Account mentor = newStaff(Role.MENTOR);
        assertThat(contacts.own(member.getId())).isEmpty();
        assertThat(contacts.forStaff(moderator.getId(), member.getId())).isEmpty();

        contacts.save(member.getId(), details("Ana Ruiz", "my sister", "+34 600 123 456", null));
        contacts.save(member.getId(), details("Ana Ruiz", "my sister", "+34 600 123 456", null)); // the same again
        assertThat(contacts.own(member.getId())).get().extracting(CareContact::getName).isEqualTo("Ana Ruiz");
        contacts.save(member.getId(), details("Luis Gil", "my friend", null, "luis@example.org"));

        CareContact seen = contacts.forStaff(moderator.getId(), member.getId()).orElseThrow();
        assertThat(seen.getName()).isEqualTo("Luis Gil");
        assertThat(seen.getPhone()).isNull();
        assertThat(seen.getEmail()).isEqualTo("luis@example.org");
        assertThat(moderation.safetyOf(moderator.getId(), member.getId(), 10).careContact().getRelationship()).isEqualTo("my friend");
        assertThatThrownBy(() -> contacts.forStaff(mentor.getId(), member.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> contacts.forStaff(member.getId(), member.getId())).as("not even their own, as staff")
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> moderation.safetyOf(mentor.getId(), member.getId(), 10)).isInstanceOf(NotPermittedException.class);

        assertThat(contacts.withdraw(member.getId())).isTrue();
        assertThat(contacts.withdraw(member.getId())).as("nothing left to withdraw").isFalse();
        assertThat(contacts.own(member.getId())).isEmpty();
        assertThat(em.createNativeQuery("SELECT COUNT(*) FROM care_contact WHERE account_id = ?1")
                .setParameter(1, member.getId()).getSingleResult()).as("deleted, not hidden").isEqualTo(0L);
        assertThat(moderation.safetyOf(moderator.getId(), member.getId(), 10).careContact()).isNull();

        List<AuditEntry> trail = audit.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 10);
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AccountAudit.CARE_CONTACT_WITHDRAWN.name(),
                AccountAudit.CARE_CONTACT_CHANGED.name(), AccountAudit.CARE_CONTACT_GIVEN.name());
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.getActorId()).isEqualTo(member.getId());
            assertThat(entry.getDetail()).as("no details of the contact in the trail").isNull();
        });
    }

    @Test
    void theMemberRecordListsTheirCrisisAlertsNewestFirstBoundedWithWhoHandledThem() {
        Account member = accounts.register(TestPeople.newRegistration());
        Account other = accounts.register(TestPeople.newRegistration());
        Account moderator = newStaff(Role.MODERATOR);
        assertThat(moderation.safetyOf(moderator.getId(), member.getId(), 3).alerts().lines()).isEmpty();

        long first = raise(member, CrisisSeverity.MEDIUM).getId();
        long second = raise(member, CrisisSeverity.HIGH).getId();
        long otherAlert = raise(other, CrisisSeverity.HIGH).getId();
        long third = raise(member, CrisisSeverity.LOOK_SOON).getId();
        long fourth = raise(member, CrisisSeverity.HIGH).getId();
        alerts.acknowledge(moderator.getId(), first);
        alerts.close(moderator.getId(), first, CrisisOutcome.MEMBER_SAFE, null);
        alerts.acknowledge(moderator.getId(), second);

        CrisisAlertHistory.Newest newest = moderation.safetyOf(moderator.getId(), member.getId(), 3).alerts();
        assertThat(newest.total()).isEqualTo(4);
        assertThat(newest.hasMore()).isTrue();
        assertThat(newest.lines()).extracting(CrisisAlertHistory.Line::alertId).containsExactly(fourth, third, second);
        assertThat(newest.lines().get(0).state()).isEqualTo("OPEN");
        assertThat(newest.lines().get(0).handledBy()).isNull();
        assertThat(newest.lines().get(2).state()).isEqualTo("ACKNOWLEDGED");
        assertThat(newest.lines().get(2).handledBy()).isEqualTo(moderator.getDisplayName());

        CrisisAlertHistory.Newest all = moderation.safetyOf(moderator.getId(), member.getId(), 10).alerts();
        assertThat(all.hasMore()).isFalse();
        assertThat(all.lines()).extracting(CrisisAlertHistory.Line::alertId).containsExactly(fourth, third, second, first);
        CrisisAlertHistory.Line closed = all.lines().get(3);
        assertThat(closed.state()).isEqualTo("CLOSED");
        assertThat(closed.outcome()).isEqualTo("MEMBER_SAFE");
        assertThat(closed.severity()).isEqualTo(CrisisSeverity.MEDIUM);
        assertThat(closed.handledBy()).isEqualTo(moderator.getDisplayName());

        for (long open : List.of(second, third, fourth, otherAlert)) { // none left open for other tests
            alerts.acknowledge(moderator.getId(), open);
            alerts.close(moderator.getId(), open, CrisisOutcome.NOT_A_CRISIS, null);
        }
    }

    @Test
    void theAuditLogNamesItsSubjectsForAPage() {
        Account member = accounts.register(TestPeople.newRegistration());
        contacts.save(member.getId(), details("Ana Ruiz", "my sister", "600123456", null));
        CrisisAlert alert = raise(member, CrisisSeverity.HIGH);
        List<AuditTrail.AuditLine> page = audit.page(0, 200);
        assertThat(page).filteredOn(line -> line.entry().getSubjectType().equals(AuditTrail.SUBJECT_ACCOUNT)
                && line.entry().getSubjectId() == member.getId())
                .extracting(AuditTrail.AuditLine::subjectName).containsOnly(member.getDisplayName());
        assertThat(page).filteredOn(line -> line.entry().getSubjectType().equals(CrisisAlertService.SUBJECT_ALERT)
                && line.entry().getSubjectId() == alert.getId())
                .extracting(AuditTrail.AuditLine::subjectName).containsOnly(member.getDisplayName());
        Account moderator = newStaff(Role.MODERATOR);
        alerts.acknowledge(moderator.getId(), alert.getId());
        alerts.close(moderator.getId(), alert.getId(), CrisisOutcome.NOT_A_CRISIS, null);
    }

    private CrisisAlert raise(Account member, CrisisSeverity severity) {
        return alerts.raise(new CrisisTextHeld("FORUM_POST", 1, member.getId(),
                new CrisisSignal(severity, "test rule", "A test text."), "/moderation/queue.xhtml"));
    }

    private Account newStaff(Role role) {
        Account admin = accounts.register(TestPeople.newRegistration());
        accounts.grantAdminAtStartup(admin.getEmail());
        Account staff = accounts.register(TestPeople.newRegistration());
        accounts.grantRole(admin.getId(), staff.getId(), role);
        return staff;
    }

    private static CareContactDetails details(String name, String relationship, String phone, String email) {
        CareContactDetails details = new CareContactDetails();
        details.setName(name);
        details.setRelationship(relationship);
        details.setPhone(phone);
        details.setEmail(email);
        details.setConsent(true);
        return details;
    }
}
