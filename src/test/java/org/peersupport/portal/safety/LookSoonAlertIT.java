package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
import org.peersupport.portal.mentoring.ChatSendResult;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ReviewItem;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.OutboxMessage;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestForums;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The look-soon tier inside Payara Micro, against MariaDB: a weaker crisis signal in a post, a reply,
 * an edit or a chat message publishes the text and raises a LOOK_SOON alert with its reason and a
 * deadline four hours later, told to the moderator on duty in the portal (by e-mail only after their
 * quiet hours); a text also held by a watched word still raises it; unacknowledged, it escalates.
 */
@ExtendWith(ArquillianExtension.class)
class LookSoonAlertIT {

    private static final String REASON = "crisis-language.yaml: ";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LookSoonAlertIT.class, TestPeople.class, TestForums.class);
    }

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;

    @Inject
    private ModerationService moderation;

    @Inject
    private ChatService chat;

    @Inject
    private MentoringService mentoring;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private Clock clock;

    @Test
    void aLookSoonPostIsPublishedAndAsksTheModeratorOnDutyToLookWithinFourHours() {
        Account admin = newAdmin();
        Account onDuty = newStaff(admin);
        Account offDuty = newStaff(admin);
        alerts.onDuty().forEach(d -> alerts.setOnDuty(d.accountId(), false));
        alerts.setOnDuty(onDuty.getId(), true);
        LocalTime now = LocalTime.now(ZoneId.of("Europe/London")).withNano(0);
        notifications.quietHours(onDuty.getId(), now.minusHours(1), now.plusHours(2)); // asleep: no need to wake them
        long crisesBefore = alerts.countAwaitingAcknowledgement();
        try {
            Reader writer = trustedMember();
            PostOutcome post = posting.startTopic(writer, openForum().getId(), "Lately",
                    "Honestly I feel so hopeless lately and I don't know why.", null, false);

            assertThat(post.published()).as("never held for this tier").isTrue();
            assertThat(post.crisis()).isFalse();
            assertThat(post.lookSoon()).as("the writer is offered a check-in").isTrue();
            CrisisAlert alert = alertFor(ModerationService.SOURCE_FORUM_POST, post.postId());
            assertThat(alert.getSeverity()).isEqualTo(CrisisSeverity.LOOK_SOON);
            assertThat(alert.isLookSoon()).isTrue();
            assertThat(alert.getMemberId()).isEqualTo(writer.accountId());
            assertThat(alert.getMatchedRule()).as("the reason is stored").startsWith(REASON).contains("hopeless");
            assertThat(alert.getExcerpt()).contains("feel so hopeless lately");
            assertThat(alert.getReviewLink()).isEqualTo("/forum/topic.xhtml?id=" + post.topicId() + "#post-" + post.postId());
            assertThat(Duration.between(alert.getRaisedAt(), alert.getAcknowledgeBy()))
                    .as("LOOK_SOON: 240 minutes, from crisis-response.yaml").isEqualTo(Duration.ofMinutes(240));
            assertThat(alert.isToldOnDuty()).isTrue();
            assertThat(alerts.countAwaitingAcknowledgement()).as("the crisis badge does not count it").isEqualTo(crisesBefore);
            assertThat(alerts.countLookSoonAwaiting()).isPositive();

            assertThat(notices(onDuty, NotificationKind.LOOK_SOON_ALERT, alert)).as("the moderator on duty is told").hasSize(1);
            assertThat(notices(onDuty, NotificationKind.CRISIS_ALERT, alert)).as("not as a crisis").isEmpty();
            assertThat(notices(offDuty, NotificationKind.LOOK_SOON_ALERT, alert)).isEmpty();
            List<OutboxMessage> mail = outbox.messagesTo(onDuty.getEmail()).stream()
                    .filter(m -> m.getMail().text().contains("/moderation/alert.xhtml?id=" + alert.getId())).toList();
            assertThat(mail).hasSize(1);
            assertThat(mail.get(0).getMail().subject()).doesNotStartWith("Urgent");
            assertThat(mail.get(0).getNotBefore()).as("the e-mail waits for their quiet hours to end")
                    .isAfter(clock.instant().plus(Duration.ofMinutes(90)));
            assertThat(mail.get(0).getMail().text()).doesNotContain("hopeless");

            alerts.escalateOverdue(alert.getAcknowledgeBy().minusSeconds(60)); // other tests' alerts may escalate, not this one
            assertThat(alerts.find(alert.getId()).getEscalatedAt()).isNull();
            alerts.escalateOverdue(alert.getAcknowledgeBy().plusSeconds(60));
            assertThat(alerts.find(alert.getId()).getEscalatedAt()).as("escalates like the others").isNotNull();
            assertThat(notices(admin, NotificationKind.LOOK_SOON_ESCALATED, alert)).hasSize(1);
            assertThat(notices(offDuty, NotificationKind.LOOK_SOON_ESCALATED, alert)).hasSize(1);

            assertThat(alerts.acknowledge(onDuty.getId(), alert.getId())).isTrue();
        } finally {
            alerts.setOnDuty(onDuty.getId(), false);
        }
    }

    @Test
    void repliesEditsAndChatMessagesRaiseItTooAndAWatchedWordNeverDropsIt() {
        newStaff(newAdmin());
        Reader writer = trustedMember();
        PostOutcome topic = posting.startTopic(writer, openForum().getId(), "Walks", "Who walks in the morning?",
                null, false);
        assertThat(topic.lookSoon()).isFalse();

        // Each post by another member: the gap between one member's posts is not what this is about.
        PostOutcome reply = posting.reply(trustedMember(), topic.topicId(), "I can't cope anymore with mornings.", null,
                false, null);
        assertThat(reply.published()).isTrue();
        assertThat(alertFor(ModerationService.SOURCE_FORUM_POST, reply.postId()).getSeverity()).isEqualTo(CrisisSeverity.LOOK_SOON);

        PostOutcome edited = posting.edit(writer, topic.postId(), "Who walks? Me siento sin esperanza.", null);
        assertThat(edited.published()).isTrue();
        assertThat(edited.lookSoon()).isTrue();
        assertThat(alertFor(ModerationService.SOURCE_FORUM_POST, topic.postId()).getMatchedRule()).startsWith(REASON);

        PostOutcome held = posting.reply(trustedMember(), topic.topicId(), "I feel so hopeless. whatsapp me please", null,
                false, null);
        assertThat(held.published()).as("held by the watched word").isFalse();
        assertThat(held.lookSoon()).isTrue();
        assertThat(alertFor(ModerationService.SOURCE_FORUM_POST, held.postId()).getSeverity()).isEqualTo(CrisisSeverity.LOOK_SOON);
        ReviewItem item = moderation.openItems(0, 500).stream().filter(i -> i.getPostId() != null && i.getPostId() == held.postId())
                .findFirst().orElseThrow();
        assertThat(item.isLookSoon()).as("the queue says it asks for a look soon").isTrue();
        assertThat(item.getSignalReason()).startsWith(REASON);

        PostOutcome refused = posting.reply(trustedMember(), topic.topicId(), "I feel so hopeless. crypto giveaway", null,
                false, null);
        assertThat(refused.published()).as("held rather than refused").isFalse();
        assertThat(alertFor(ModerationService.SOURCE_FORUM_POST, refused.postId()).isLookSoon()).isTrue();

        Account mentee = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        long mentorship = newMentorshipOf(mentee);
        ChatSendResult sent = chat.send(mentee.getId(), mentorship, "Ya no puedo más con esto.");
        assertThat(sent.outcome()).as("delivered as normal").isEqualTo(ChatSendResult.Outcome.SENT);
        assertThat(sent.lookSoon()).isTrue();
        CrisisAlert chatAlert = alertFor(ModerationService.SOURCE_CHAT_MESSAGE, sent.line().id());
        assertThat(chatAlert.getSeverity()).isEqualTo(CrisisSeverity.LOOK_SOON);
        assertThat(chatAlert.getReviewLink()).isEqualTo(ChatService.reviewLink(sent.line().id()));
        assertThat(chat.concerns()).as("so moderators may read around it").anySatisfy(c -> {
            assertThat(c.messageId()).isEqualTo(sent.line().id());
            assertThat(c.reason()).isEqualTo(ChatService.LOOK_SOON_REASON);
        });
    }

    @Test
    void aCrisisPostKeepsItsReasonInTheQueue() {
        PostOutcome post = posting.startTopic(trustedMember(), openForum().getId(), "Tonight",
                "I am going to kill myself tonight.", null, false);
        ReviewItem item = moderation.openItems(0, 500).stream().filter(i -> i.getPostId() != null && i.getPostId() == post.postId())
                .findFirst().orElseThrow();
        assertThat(item.getKind()).isEqualTo(ReviewItem.Kind.CRISIS_ALERT);
        assertThat(item.getSignalReason()).isEqualTo("crisis-language.yaml: kill myself");
        assertThat(item.isLookSoon()).isFalse();
    }

    private CrisisAlert alertFor(String source, long sourceId) {
        return alerts.notClosed().stream().map(CrisisAlertService.AlertRow::alert)
                .filter(a -> a.getSource().equals(source) && a.getSourceId() == sourceId)
                .findFirst().orElseThrow(() -> new AssertionError("no alert for " + source + " " + sourceId));
    }

    private List<Notification> notices(Account recipient, NotificationKind kind, CrisisAlert alert) {
        return notifications.page(recipient.getId(), 0, 100).stream()
                .filter(n -> n.getKind() == kind && n.getLink().equals("/moderation/alert.xhtml?id=" + alert.getId()))
                .toList();
    }

    private long newMentorshipOf(Account mentee) {
        Account admin = newAdmin();
        Account mentor = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        mentoring.apply(mentor.getId(), new MentorApplication(Set.of(ExperienceArea.ANXIETY), null, Set.of("en"),
                ZoneId.of("Europe/London"), WeeklyAvailability.parse("MON 18:00-20:00"), 2, null, null,
                "I have lived with anxiety for years and like to listen before I say anything.", true));
        mentoring.approve(admin.getId(), mentor.getId());
        return mentoring.pair(admin.getId(), mentor.getId(), mentee.getId()).getId();
    }

    private Account newAdmin() {
        Account admin = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        return admin;
    }

    private Account newStaff(Account admin) {
        Account staff = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantRole(admin.getId(), staff.getId(), Role.MODERATOR);
        return staff;
    }

    private Reader trustedMember() {
        return TestPeople.trustedMember(accounts, "Europe/Madrid", "es");
    }

    private Forum openForum() {
        return TestForums.openForum(groups, "looksoon");
    }
}
