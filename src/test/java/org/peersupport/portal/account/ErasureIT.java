package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peersupport.portal.testsupport.TestPeople.newRegistration;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostView;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.shared.persistence.WriteBehindDue;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.SeededRows;
import org.peersupport.portal.testsupport.TestForums;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Erasure against a real MariaDB: after it, no text the member wrote is left in any column of
 * any table, while their public posts still read in the thread as "a former member".
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ErasureIT.class, TestPeople.class, TestForums.class, SeededRows.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private ErasureService erasures;

    @Inject
    private ForumGroupService forums;

    @Inject
    private PostingService posting;

    @Inject
    private TopicReadingService reading;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private ModerationService moderation;

    @Inject
    private MentoringService mentoring;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<WriteBehindDue> writeBehindDue;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @AfterEach
    void removeSeededRows() throws Exception {
        SeededRows.removeSeeded(dataSource);
    }

    @Test
    void erasureLeavesNoPrivateTextAnywhereWhileTheThreadStillReads() throws Exception {
        Registration registration = newRegistration("Europe/Madrid", "es");
        Account member = accounts.register(registration);
        long id = member.getId();
        TestPeople.trustLevel(id, 1);
        Reader other = TestPeople.trustedMember(accounts, "Europe/London", "en");
        String privateMarker = "PRIV" + UUID.randomUUID().toString().substring(0, 6);
        String publicMarker = "PUBL" + UUID.randomUUID().toString().substring(0, 6);

        Forum forum = TestForums.openForum(forums, "erasure");
        PostOutcome opening = posting.startTopic(Reader.member(id), forum.getId(), "A topic " + publicMarker,
                "What helped me sleep: " + publicMarker, null, false);
        assertThat(opening.published()).isTrue();
        posting.reply(other, opening.topicId(), "Thank you, that helps me too.", null, false, null);
        seedPrivateTexts(id, opening.postId(), privateMarker);
        SeededRows db = new SeededRows(dataSource);
        assertThat(db.textColumnsHolding(privateMarker)).as("seeded in every kind of private text").hasSizeGreaterThan(15);

        erasures.request(id, registration.getPassword());
        assertThat(outbox.messagesTo(registration.getEmail())).as("the e-mail at the start").hasSize(1);
        makeDue(id);
        // A read marker still waiting to be written (written behind, once a second) when the erasure starts:
        // it must not come back with the next write.
        reading.readTopic(opening.topicId(), Reader.member(id), 1, Set.of());
        assertThat(erasures.carryOut(id)).isTrue();
        writeBehindDue.fire(new WriteBehindDue());
        assertThat(db.count("SELECT COUNT(*) FROM topic_read WHERE account_id = ?", id)).as("read markers after the erasure").isZero();

        assertThat(db.textColumnsHolding(privateMarker)).as("columns still holding private text").isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM data_export WHERE member_id = ?", id)).as("prepared downloads, a ZIP of it all")
                .isZero();
        assertThat(db.textColumnsHolding(registration.getDisplayName())).as("the display name is gone from every table")
                .isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM account WHERE id = ? AND email LIKE 'former-member-%' AND erased_at IS NOT NULL", id))
                .isEqualTo(1);
        assertThat(accounts.verifyCredentials(registration.getEmail(), registration.getPassword())).isEmpty();
        assertThat(accounts.getAccount(id).getRoles()).isEmpty();

        List<PostView> thread = reading.readTopic(opening.topicId(), other, 1, Set.of()).posts();
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).isFormerMember()).isTrue();
        assertThat(thread.get(0).getAuthorId()).as("no link back to a profile").isNull();
        assertThat(thread.get(0).getBody()).contains(publicMarker);
        assertThat(thread.get(1).isFormerMember()).isFalse();
        assertThat(reading.topicsPage(forum.getId(), other, Set.of(), 0, 10)).singleElement()
                .satisfies(t -> assertThat(t.starterName()).as("the topic list names nobody").isNull())
                .satisfies(t -> assertThat(t.anonymous()).isFalse());
        assertThat(outbox.messagesTo(registration.getEmail())).as("only the e-mail saying it is done").hasSize(1)
                .allSatisfy(m -> assertThat(m.getMail().text()).contains("borrad"));
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ACCOUNT' AND subject_id = ?"
                + " AND action = 'ACCOUNT_ERASED'", id)).isEqualTo(1);
        assertThat(erasures.pending(id)).isEmpty();
    }

    @Test
    void aWrongPasswordStartsNothingAndCancellingKeepsTheAccount() throws Exception {
        Registration registration = newRegistration();
        long id = accounts.register(registration).getId();

        assertThatThrownBy(() -> erasures.request(id, "not my password at all"))
                .isInstanceOf(ErasureRefusedException.class).hasMessage(ErasureRefusedException.WRONG_PASSWORD);
        assertThat(erasures.pending(id)).isEmpty();

        ErasureRequest request = erasures.request(id, registration.getPassword());
        assertThat(request.getDueAt()).isAfter(request.getRequestedAt().plusSeconds(6 * 24 * 3600));
        assertThat(erasures.request(id, registration.getPassword()).getDueAt()).as("asking twice changes nothing")
                .isEqualTo(request.getDueAt());
        assertThat(erasures.cancel(id)).isTrue();
        assertThat(erasures.pending(id)).isEmpty();
        assertThat(erasures.carryOut(id)).isFalse();
        assertThat(accounts.verifyCredentials(registration.getEmail(), registration.getPassword())).isPresent();
    }

    @Test
    void notDueYetIsNotCarriedOut() throws Exception {
        Registration registration = newRegistration();
        long id = accounts.register(registration).getId();
        erasures.request(id, registration.getPassword());
        assertThat(erasures.carryOut(id)).isFalse();
        assertThat(erasures.dueIds(java.time.Instant.now())).doesNotContain(id);
        assertThat(accounts.getAccount(id).isErased()).isFalse();
    }

    @Test
    void anOpenCrisisAlertHoldsTheErasureUntilAnAdminsNote() throws Exception {
        Registration registration = newRegistration();
        long id = accounts.register(registration).getId();
        SeededRows db = new SeededRows(dataSource);
        db.insert("crisis_alert", Map.of("member_id", id, "status", "OPEN", "excerpt", "a held text", "source", "POST",
                "severity", "HIGH"));
        erasures.request(id, registration.getPassword());
        makeDue(id);

        assertThat(erasures.carryOut(id)).as("held by the open alert").isFalse();
        assertThat(erasures.pending(id)).hasValueSatisfying(r -> assertThat(r.isHeld()).isTrue());
        assertThat(accounts.getAccount(id).isErased()).isFalse();

        long moderator = accounts.register(newRegistration()).getId();
        assertThatThrownBy(() -> erasures.release(moderator, id, "Looks fine")).isInstanceOf(NotPermittedException.class);
        Account admin = accounts.register(newRegistration());
        accounts.grantAdminAtStartup(admin.getEmail());
        assertThatThrownBy(() -> erasures.release(admin.getId(), id, "  "))
                .isInstanceOf(ErasureRefusedException.class).hasMessage(ErasureRefusedException.NOTE_REQUIRED);
        assertThat(erasures.carryOut(id)).as("still held").isFalse();

        erasures.release(admin.getId(), id, "Spoke with the member's clinician; safe to go ahead.");
        assertThat(erasures.carryOut(id)).isTrue();
        assertThat(accounts.getAccount(id).isErased()).isTrue();
        assertThat(db.count("SELECT COUNT(*) FROM crisis_alert WHERE member_id = ? AND excerpt = ''", id))
                .as("the alert stays, without the member's words").isEqualTo(1);
    }

    @Test
    void theMemberRecordShowsAHeldErasureWithItsOpenAlertUntilAnAdminsNoteReleasesIt() throws Exception {
        Registration registration = newRegistration();
        long id = accounts.register(registration).getId();
        Account admin = accounts.register(newRegistration());
        accounts.grantAdminAtStartup(admin.getEmail());
        long moderator = accounts.register(newRegistration()).getId();
        accounts.grantRole(admin.getId(), moderator, Role.MODERATOR);
        assertThat(moderation.safetyOf(moderator, id, 10).erasure()).as("nothing pending").isNull();

        SeededRows db = new SeededRows(dataSource);
        long open = db.insert("crisis_alert", Map.of("member_id", id, "status", "ACKNOWLEDGED", "severity", "HIGH",
                "excerpt", "a held text", "source", "POST"));
        db.insert("crisis_alert", Map.of("member_id", id, "status", "CLOSED", "severity", "HIGH", "outcome", "MEMBER_SAFE",
                "excerpt", "an old text", "source", "POST"));
        erasures.request(id, registration.getPassword());
        ModerationService.PendingErasure notYetDue = moderation.safetyOf(moderator, id, 10).erasure();
        assertThat(notYetDue.held()).isFalse();
        assertThat(notYetDue.isWaitingForAdmin()).as("it will wait for an admin once due").isTrue();
        assertThat(notYetDue.dueAt()).isAfter(notYetDue.requestedAt());

        makeDue(id);
        assertThat(erasures.carryOut(id)).isFalse();
        ModerationService.PendingErasure held = moderation.safetyOf(moderator, id, 10).erasure();
        assertThat(held.held()).isTrue();
        assertThat(held.isReleased()).isFalse();
        assertThat(held.openAlerts()).as("only the alert not closed holds it").singleElement()
                .satisfies(a -> assertThat(a.alertId()).isEqualTo(open));

        erasures.release(admin.getId(), id, "  The alert's moderator spoke with the member.  ");
        ModerationService.PendingErasure released = moderation.safetyOf(moderator, id, 10).erasure();
        assertThat(released.isReleased()).isTrue();
        assertThat(released.isWaitingForAdmin()).isFalse();
        assertThat(released.releaseNote()).isEqualTo("The alert's moderator spoke with the member.");
        assertThat(db.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ACCOUNT' AND subject_id = ?"
                + " AND action = 'ERASURE_RELEASED' AND actor_id = ?", id, admin.getId())).isEqualTo(1);
        assertThat(erasures.carryOut(id)).isTrue();
        assertThat(moderation.safetyOf(moderator, id, 10).erasure()).as("nothing pending once done").isNull();
    }

    @Test
    void anErasureEndsOpenMentorshipsAndTellsTheOtherSideWithoutNamingTheErasedMember() throws Exception {
        Registration menteeRegistration = newRegistration();
        long mentee = accounts.register(menteeRegistration).getId();
        long mentor = accounts.register(newRegistration()).getId();
        long otherMentee = accounts.register(newRegistration()).getId();
        SeededRows db = new SeededRows(dataSource);
        long open = db.insert("mentorship", Map.of("mentor_id", mentor, "mentee_id", mentee, "status", "ACTIVE",
                "started_at", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400))));
        long untouched = db.insert("mentorship", Map.of("mentor_id", mentor, "mentee_id", otherMentee, "status", "ACTIVE",
                "started_at", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400))));
        Account admin = accounts.register(newRegistration());
        accounts.grantAdminAtStartup(admin.getEmail());

        erasures.request(mentee, menteeRegistration.getPassword());
        makeDue(mentee);
        assertThat(erasures.carryOut(mentee)).isTrue();

        assertThat(db.count("SELECT COUNT(*) FROM mentorship WHERE id = ? AND status = 'ENDED' AND ended_at IS NOT NULL", open))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM mentorship WHERE id = ? AND status = 'ACTIVE'", untouched))
                .as("the mentor's other mentorship goes on").isEqualTo(1);
        List<Notification> told = notifications.page(mentor, 0, 10).stream()
                .filter(n -> n.getKind() == NotificationKind.MENTORSHIP_ENDED).toList();
        assertThat(told).as("the mentor is told, once").singleElement()
                .satisfies(n -> assertThat(n.getLink()).isEqualTo("/mentoring/index.xhtml"))
                .satisfies(n -> assertThat(String.join(" ", n.getParams())).doesNotContain(menteeRegistration.getDisplayName()));
        assertThat(notifications.page(otherMentee, 0, 10)).noneMatch(n -> n.getKind() == NotificationKind.MENTORSHIP_ENDED);
        assertThat(db.count("SELECT COUNT(*) FROM milestone_progress WHERE source_key = ?", "mentorship:" + open))
                .as("an erasure concludes no mentorship for anyone's milestones").isZero();

        assertThat(mentoring.mentorshipsOf(mentor)).filteredOn(v -> v.mentorship().getId() == open).singleElement()
                .satisfies(v -> assertThat(v.mentorship().isActive()).isFalse())
                .satisfies(v -> assertThat(v.otherName()).startsWith(ErasureService.PSEUDONYM_PREFIX));
        assertThat(mentoring.recentEndings()).filteredOn(e -> e.mentorship().getId() == open).singleElement()
                .satisfies(e -> assertThat(e.menteeName()).startsWith(ErasureService.PSEUDONYM_PREFIX))
                .satisfies(e -> assertThat(e.endedByName()).startsWith(ErasureService.PSEUDONYM_PREFIX))
                .satisfies(e -> assertThat(e.mentorship().getEndReason()).isNull());
    }

    @Test
    void twoInstancesCarryingOutTheSameErasureAtOnceEraseItOnce() throws Exception {
        Registration registration = newRegistration();
        long id = accounts.register(registration).getId();
        erasures.request(id, registration.getPassword());
        makeDue(id);
        CountDownLatch start = new CountDownLatch(1);
        Future<Boolean> first = executor.submit(() -> {
            start.await();
            return erasures.carryOut(id);
        });
        Future<Boolean> second = executor.submit(() -> {
            start.await();
            return erasures.carryOut(id);
        });
        start.countDown();
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(new SeededRows(dataSource).count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ACCOUNT'"
                + " AND subject_id = ? AND action = 'ACCOUNT_ERASED'", id)).isEqualTo(1);
    }

    private void makeDue(long id) throws Exception {
        new SeededRows(dataSource).update("UPDATE erasure_request SET due_at = DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 MINUTE)"
                + " WHERE account_id = ?", id);
    }

    /** One row of every kind of private text a member has, each holding {@code m}. */
    private void seedPrivateTexts(long id, long publicPostId, String m) throws Exception {
        SeededRows db = new SeededRows(dataSource);
        db.insert("care_contact", Map.of("account_id", id, "name", m, "relationship", m, "phone", m, "email", m + "@x.org"));
        db.insert("homework", Map.of("member_id", id, "reflection", "I wrote " + m));
        db.insert("workshop_registration", Map.of("member_id", id, "status", "CONFIRMED", "answer", m));
        db.insert("milestone_member", Map.of("member_id", id, "certificate_name", m));
        db.insert("milestone_award", Map.of("member_id", id, "note", m));
        db.insert("milestone_progress", Map.of("member_id", id, "source_key", m));
        db.insert("notification", Map.of("recipient_id", id, "kind", "REPLY", "params", "[\"" + m + "\"]", "link", "/" + m));
        db.insert("email_outbox", Map.of("recipient_id", id, "to_address", m + "@x.org", "subject", m, "body_text", m,
                "body_html", m));
        db.insert("reminder", Map.of("recipient_id", id, "status", "PENDING", "link", "/" + m));
        long request = db.insert("mentee_request", Map.of("account_id", id, "status", "WAITING", "needs", m,
                "availability", m, "note", m));
        db.insert("mentor_profile", Map.of("account_id", id, "status", "APPROVED", "experience_note", m,
                "availability", m, "bio", m, "coordinator_note", m));
        long mentorship = db.insert("mentorship", Map.of("mentee_id", id, "request_id", request, "status", "ENDED",
                "end_reason", m));
        db.insert("mentorship_check_in", Map.of("mentorship_id", mentorship, "author_id", id, "note", m));
        long message = db.insert("chat_message", Map.of("mentorship_id", mentorship, "sender_id", id, "body", m,
                "status", "DELIVERED"));
        db.insert("chat_report", Map.of("message_id", message, "reason", m, "status", "OPEN"));
        db.insert("chat_report", Map.of("message_id", SeededRows.NO_PARENT, "reporter_id", id, "reason", m, "status", "OPEN"));
        db.insert("post", Map.of("author_id", id, "topic_id", SeededRows.NO_PARENT, "status", "HELD", "body", m,
                "body_html", "<p>" + m + "</p>"));
        db.insert("post_revision", Map.of("post_id", publicPostId, "body", "first version " + m));
        db.insert("post_flag", Map.of("post_id", SeededRows.NO_PARENT, "flagger_id", id, "reason", "OTHER", "note", m,
                "outcome", "OPEN"));
        db.insert("crisis_alert", Map.of("member_id", id, "status", "CLOSED", "excerpt", m, "source", "CHAT", "severity", "HIGH"));
        db.insert("staff_note", Map.of("account_id", id, "text", m));
        db.insert("sanction", Map.of("account_id", id, "kind", "WARNING", "reason", m));
        db.insert("calendar_feed", Map.of("member_id", id, "token_hash", m));
        db.insert("display_name_change", Map.of("account_id", id, "former_name", m.substring(0, Math.min(m.length(), 40)),
                "new_name", "x"));
        db.insert("email_change", Map.of("account_id", id, "new_email", m + "@x.org", "token_hash", m));
        db.insert("account_session", Map.of("account_id", id, "key_hash", m, "user_agent", m));
        db.insert("unconfirmed_address", Map.of("account_id", id, "token_hash", m));
        db.insert("data_export", Map.of("member_id", id, "status", "READY", "file", m.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
