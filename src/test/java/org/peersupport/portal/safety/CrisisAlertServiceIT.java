package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.OutboxMessage;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestForums;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The crisis pathway inside Payara Micro, against MariaDB: a post in crisis language is held and
 * raises an alert to the moderators on duty (by e-mail too, through quiet hours); past its deadline
 * it escalates once to the admins and the moderators off duty; acknowledged, noted and closed, every
 * step is in the audit trail. The deadline is passed by asking the service about a later instant.
 */
@ExtendWith(ArquillianExtension.class)
class CrisisAlertServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(CrisisAlertServiceIT.class, TestPeople.class, TestForums.class);
    }

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;


    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Test
    void aCrisisPostIsHeldAlertsTheModeratorOnDutyAndEscalatesOnceWhenItsDeadlinePasses() {
        Account admin = newAdmin();
        Account onDuty = newStaff(admin, Role.MODERATOR);
        Account offDuty = newStaff(admin, Role.MODERATOR);
        alerts.setOnDuty(onDuty.getId(), true);
        LocalTime now = LocalTime.now(ZoneId.of("Europe/London")).withNano(0);
        notifications.quietHours(onDuty.getId(), now.minusHours(1), now.plusHours(2)); // asleep, yet must be woken
        try {
            Reader writer = trustedMember();
            PostOutcome post = posting.startTopic(writer, openForum().getId(), "Tonight",
                    "I am going to kill myself tonight.", null, false);

            assertThat(post.published()).as("held, not published").isFalse();
            assertThat(post.crisis()).isTrue();
            CrisisAlert alert = alertFor(post.postId());
            assertThat(alert.getSeverity()).isEqualTo(CrisisSeverity.HIGH);
            assertThat(alert.getMemberId()).isEqualTo(writer.accountId());
            assertThat(alert.getMatchedRule()).isEqualTo("crisis-language.yaml: kill myself");
            assertThat(alert.getExcerpt()).contains("kill myself tonight");
            assertThat(Duration.between(alert.getRaisedAt(), alert.getAcknowledgeBy()))
                    .as("HIGH: 15 minutes, from crisis-response.yaml").isEqualTo(Duration.ofMinutes(15));
            assertThat(alert.isToldOnDuty()).isTrue();

            assertThat(crisisNotices(onDuty, NotificationKind.CRISIS_ALERT, alert)).as("the moderator on duty is told").hasSize(1);
            assertThat(crisisNotices(offDuty, NotificationKind.CRISIS_ALERT, alert)).as("off duty: not yet").isEmpty();
            assertThat(crisisNotices(admin, NotificationKind.CRISIS_ALERT, alert)).isEmpty();
            List<OutboxMessage> mail = outbox.messagesTo(onDuty.getEmail()).stream()
                    .filter(m -> m.getMail().subject().startsWith("Urgent")).toList(); // the other told them of their role
            assertThat(mail).as("an e-mail too").hasSize(1);
            assertThat(mail.get(0).getMail().text()).contains("/moderation/alert.xhtml?id=" + alert.getId())
                    .as("the e-mail never carries what the member wrote").doesNotContain("kill myself");
            assertThat(mail.get(0).getNotBefore()).as("sent at once, through quiet hours").isBefore(clock.instant().plusSeconds(1));

            alerts.escalateOverdue(alert.getAcknowledgeBy().minusSeconds(60));
            assertThat(alerts.find(alert.getId()).getEscalatedAt()).as("a minute before the deadline: not yet").isNull();

            Instant pastDeadline = alert.getAcknowledgeBy().plusSeconds(60);
            assertThat(alerts.escalateOverdue(pastDeadline)).isGreaterThanOrEqualTo(1);
            CrisisAlert escalated = alerts.find(alert.getId());
            assertThat(escalated.getEscalatedAt()).isEqualTo(pastDeadline);
            assertThat(escalated.getStatus()).as("still waiting for someone").isEqualTo(CrisisAlert.Status.OPEN);
            assertThat(crisisNotices(admin, NotificationKind.CRISIS_ESCALATED, alert)).as("the admins are told").hasSize(1);
            assertThat(crisisNotices(offDuty, NotificationKind.CRISIS_ESCALATED, alert))
                    .as("and the moderators off duty, the next line").hasSize(1);

            alerts.escalateOverdue(pastDeadline.plus(Duration.ofMinutes(30)));
            assertThat(crisisNotices(admin, NotificationKind.CRISIS_ESCALATED, alert)).as("escalated once only").hasSize(1);
            assertThat(auditActions(alert)).containsExactly("CRISIS_ALERT_ESCALATED", "CRISIS_ALERT_RAISED");
        } finally {
            alerts.setOnDuty(onDuty.getId(), false);
        }
    }

    @Test
    void anAlertIsAcknowledgedByOneModeratorNotedAndClosedWithAnOutcomeAndNeverEscalatesAfterwards() {
        Account admin = newAdmin();
        Account first = newStaff(admin, Role.MODERATOR);
        Account second = newStaff(admin, Role.MODERATOR);
        alerts.onDuty().forEach(d -> alerts.setOnDuty(d.accountId(), false));

        PostOutcome post = posting.startTopic(trustedMember(), openForum().getId(), "Tired",
                "Honestly I just want to die.", null, false);
        CrisisAlert alert = alertFor(post.postId());
        assertThat(alert.getSeverity()).isEqualTo(CrisisSeverity.MEDIUM);
        assertThat(Duration.between(alert.getRaisedAt(), alert.getAcknowledgeBy())).isEqualTo(Duration.ofMinutes(60));
        assertThat(alert.isToldOnDuty()).as("nobody on duty").isFalse();
        assertThat(crisisNotices(first, NotificationKind.CRISIS_ALERT, alert)).as("so every moderator is told").hasSize(1);
        assertThat(crisisNotices(second, NotificationKind.CRISIS_ALERT, alert)).hasSize(1);
        long awaiting = alerts.countAwaitingAcknowledgement();
        assertThat(awaiting).isPositive();

        assertThat(alerts.acknowledge(first.getId(), alert.getId())).isTrue();
        assertThat(alerts.acknowledge(second.getId(), alert.getId())).as("the first moderator wins").isFalse();
        assertThat(alerts.countAwaitingAcknowledgement()).isEqualTo(awaiting - 1);
        alerts.addNote(first.getId(), alert.getId(), "Sent a check-in message; they answered and are with their sister.");
        alerts.close(first.getId(), alert.getId(), CrisisOutcome.MEMBER_SAFE, "Agreed to call their GP in the morning.");

        CrisisAlert closed = alerts.find(alert.getId());
        assertThat(closed.getStatus()).isEqualTo(CrisisAlert.Status.CLOSED);
        assertThat(closed.getOutcome()).isEqualTo(CrisisOutcome.MEMBER_SAFE);
        assertThat(closed.getAcknowledgedBy()).isEqualTo(first.getId());
        assertThat(closed.timeToAcknowledge()).isPresent();
        assertThat(alerts.notesOn(alert.getId())).extracting(n -> n.note().getText()).containsExactly(
                "Sent a check-in message; they answered and are with their sister.", "Agreed to call their GP in the morning.");
        assertThat(alerts.notClosed()).extracting(r -> r.alert().getId()).doesNotContain(alert.getId());
        assertThat(alerts.recentlyClosed(100)).extracting(r -> r.alert().getId()).contains(alert.getId());

        alerts.escalateOverdue(alert.getAcknowledgeBy().plus(Duration.ofHours(2)));
        assertThat(alerts.find(alert.getId()).getEscalatedAt()).as("an alert someone took on never escalates").isNull();
        assertThat(auditActions(alert)).containsExactly("CRISIS_ALERT_CLOSED", "CRISIS_ALERT_NOTE_ADDED",
                "CRISIS_ALERT_ACKNOWLEDGED", "CRISIS_ALERT_RAISED");
    }

    @Test
    void aParaphraseThatNoPhraseNamesIsHeldByTheSemanticLayerWhichLoadsInsideTheServer() {
        PostOutcome post = posting.startTopic(trustedMember(), openForum().getId(), "Family",
                "I wish I could go to sleep and never have to face another day.", null, false);

        assertThat(post.published()).as("held, not published").isFalse();
        assertThat(post.crisis()).isTrue();
        CrisisAlert alert = alertFor(post.postId());
        assertThat(alert.getSeverity()).isEqualTo(CrisisSeverity.MEDIUM);
        assertThat(alert.getMatchedRule()).as("the reason names the nearest prototype and its similarity")
                .matches("crisis-prototypes\\.yaml: ≈ \".+\" \\(0\\.\\d\\d\\)");
    }

    @Test
    void goingOnAndOffDutyIsAudited() {
        Account moderator = newStaff(newAdmin(), Role.MODERATOR);
        alerts.setOnDuty(moderator.getId(), true);
        assertThat(alerts.isOnDuty(moderator.getId())).isTrue();
        assertThat(alerts.onDuty()).extracting(CrisisAlertService.OnDuty::accountId).contains(moderator.getId());
        alerts.setOnDuty(moderator.getId(), true); // no change, no line
        alerts.setOnDuty(moderator.getId(), false);
        assertThat(alerts.isOnDuty(moderator.getId())).isFalse();
        assertThat(audit.entriesFor(AuditTrail.SUBJECT_ACCOUNT, moderator.getId(), 10)).extracting(AuditEntry::getAction)
                .contains("MODERATOR_ON_DUTY", "MODERATOR_OFF_DUTY").filteredOn(a -> a.startsWith("MODERATOR_")).hasSize(2);
    }

    private CrisisAlert alertFor(long postId) {
        return alerts.notClosed().stream().map(CrisisAlertService.AlertRow::alert)
                .filter(a -> a.getSource().equals(ModerationService.SOURCE_FORUM_POST) && a.getSourceId() == postId)
                .findFirst().orElseThrow(() -> new AssertionError("no alert for post " + postId));
    }

    private List<Notification> crisisNotices(Account recipient, NotificationKind kind, CrisisAlert alert) {
        return notifications.page(recipient.getId(), 0, 100).stream()
                .filter(n -> n.getKind() == kind && n.getLink().equals("/moderation/alert.xhtml?id=" + alert.getId()))
                .toList();
    }

    private List<String> auditActions(CrisisAlert alert) {
        return audit.entriesFor(CrisisAlertService.SUBJECT_ALERT, alert.getId(), 20).stream().map(AuditEntry::getAction).toList();
    }

    private Account newAdmin() {
        Account admin = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        return admin;
    }

    private Account newStaff(Account admin, Role role) {
        Account staff = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantRole(admin.getId(), staff.getId(), role);
        return staff;
    }

    private Reader trustedMember() {
        return TestPeople.trustedMember(accounts, "Europe/Madrid", "es");
    }

    private Forum openForum() {
        return TestForums.openForum(groups, "crisis");
    }
}
