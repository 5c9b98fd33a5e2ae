package org.peersupport.portal.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.SessionContent;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.curriculum.progress.AttendanceMark;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.TestForums;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The data export inside Payara Micro against MariaDB: what the ZIP holds is what the database holds
 * about the member (checked by SQL), nothing of another member's private text, one pending export
 * per member, a download for its member only and for 24 hours.
 */
@ExtendWith(ArquillianExtension.class)
class DataExportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(DataExportIT.class, TestPeople.class, TestForums.class, InTransaction.class);
    }

    @Inject
    private DataExportService exports;

    @Inject
    private AccountService accounts;

    @Inject
    private ForumGroupService forums;

    @Inject
    private CurriculumService curricula;

    @Inject
    private CohortService cohorts;

    @Inject
    private ProgressService progress;

    @Inject
    private NotificationService notifications;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Test
    void theZipHoldsWhatTheDatabaseHoldsAboutTheMemberAndNothingPrivateOfOthers() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration("Europe/Madrid", "es"));
        Account other = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        long a = member.getId();
        long b = other.getId();
        Forum forum = TestForums.openForum(forums, "export");
        long topic = insert("INSERT INTO topic (forum_id, author_id, title, anonymous, status, post_count, created_at, last_activity_at)"
                + " VALUES (?1, ?2, 'Evenings are hard', FALSE, 'PUBLISHED', 2, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", forum.getId(), a);
        long ownPost = insert("INSERT INTO post (topic_id, author_id, opening, body, body_html, anonymous, status, created_at, edited_at)"
                + " VALUES (?1, ?2, TRUE, 'A-POST <script>alert(1)</script>', '<p>x</p>', FALSE, 'PUBLISHED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))",
                topic, a);
        insert("INSERT INTO post_revision (post_id, body, replaced_by, replaced_at) VALUES (?1, 'A-EARLIER-WORDS', ?2, UTC_TIMESTAMP(3))",
                ownPost, a);
        insert("INSERT INTO post (topic_id, author_id, opening, body, body_html, anonymous, status, created_at)"
                + " VALUES (?1, ?2, FALSE, 'B-SECRET-POST', '<p>x</p>', FALSE, 'PUBLISHED', UTC_TIMESTAMP(3))", topic, b);
        long mentorship = insert("INSERT INTO mentorship (mentor_id, mentee_id, status, started_at) VALUES (?1, ?2, 'ACTIVE', UTC_TIMESTAMP(3))",
                b, a);
        insert("INSERT INTO chat_message (mentorship_id, sender_id, body, status, sent_at) VALUES (?1, ?2, 'A-CHAT-1', 'DELIVERED', UTC_TIMESTAMP(3))",
                mentorship, a);
        insert("INSERT INTO chat_message (mentorship_id, sender_id, body, status, sent_at) VALUES (?1, ?2, 'A-CHAT-2', 'DELIVERED', UTC_TIMESTAMP(3))",
                mentorship, a);
        insert("INSERT INTO chat_message (mentorship_id, sender_id, body, status, sent_at) VALUES (?1, ?2, 'B-SECRET-CHAT', 'DELIVERED', UTC_TIMESTAMP(3))",
                mentorship, b);
        insert("INSERT INTO mentorship_check_in (mentorship_id, author_id, kind, rating, note, written_at)"
                + " VALUES (?1, ?2, 'CHECK_IN', 4, 'B-SECRET-CHECK-IN', UTC_TIMESTAMP(3))", mentorship, b);
        insert("INSERT INTO mentee_request (account_id, status, needs, languages, time_zone, availability, note, created_at)"
                + " VALUES (?1, 'MATCHED', 'ANXIETY', 'es', 'Europe/Madrid', '', 'A-REQUEST-NOTE', UTC_TIMESTAMP(3))", a, null);
        insert("INSERT INTO mentee_request (account_id, status, needs, languages, time_zone, availability, note, created_at)"
                + " VALUES (?1, 'WAITING', 'ANXIETY', 'en', 'Europe/London', '', 'B-REQUEST-NOTE', UTC_TIMESTAMP(3))", b, null);
        Account facilitator = TestPeople.newFacilitator(accounts);
        Cohort cohort = cohort(facilitator);
        cohorts.join(a, cohort.getId());
        cohorts.join(b, cohort.getId());
        long session = cohort.getSessions().get(0).getId();
        progress.mark(facilitator.getId(), session, a, AttendanceMark.PRESENT);
        progress.mark(facilitator.getId(), session, b, AttendanceMark.LATE);
        progress.saveHomework(a, session, true, "A-REFLECTION");
        progress.saveHomework(b, session, true, "B-SECRET-REFLECTION");
        long definition = insert("INSERT INTO milestone_definition (name, description, icon, rule_kind, threshold, created_by, created_at, updated_at)"
                + " VALUES ('First step', 'A first session', 'STAR', 'BY_HAND', 1, ?1, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))", facilitator.getId(), null);
        insert("INSERT INTO milestone_award (member_id, definition_id, awarded_at, verification_code, credential_id)"
                + " VALUES (?1, ?2, UTC_TIMESTAMP(3), ?3, UUID())", a, definition, unique(20));
        notifications.notify(a, NotificationKind.MILESTONE_REACHED, "/member/milestones.xhtml", List.of("First step"));

        ExportState asked = exports.request(a);
        ExportState ready = awaitReady(a);
        assertThat(ready.id()).isEqualTo(asked.id());
        Map<String, String> zip = unzip(exports.file(a, ready.id()));

        assertThat(zip.keySet()).contains("index.html", "account.json", "consents.json", "posts.json", "chat-messages.json", "homework.json",
                "attendance.json", "mentoring.json", "notifications.json", "milestones.json", "workshops.json", "care-contact.json",
                "standing.json");
        JsonObject account = json(zip, "account.json").getJsonArray("account").getJsonObject(0);
        assertThat(account.getJsonNumber("id").longValue()).isEqualTo(a);
        assertThat(account.getString("email")).isEqualTo(member.getEmail());
        assertThat(ids(json(zip, "posts.json").getJsonArray("posts"), "id")).isEqualTo(sqlIds("SELECT id FROM post WHERE author_id = ?1", a));
        assertThat(json(zip, "posts.json").getJsonArray("revisions")).hasSize((int) count("SELECT COUNT(*) FROM post_revision r JOIN post p"
                + " ON p.id = r.post_id WHERE p.author_id = ?1", a)).isNotEmpty();
        JsonObject chat = json(zip, "chat-messages.json");
        assertThat(ids(chat.getJsonArray("messages"), "id")).isEqualTo(sqlIds("SELECT id FROM chat_message WHERE sender_id = ?1", a))
                .hasSize(2);
        assertThat(chat.getJsonArray("conversations").getJsonObject(0).getJsonNumber("messagesFromTheOtherPerson").longValue())
                .isEqualTo(count("SELECT COUNT(*) FROM chat_message WHERE mentorship_id = ?1 AND sender_id <> ?2", mentorship, a));
        assertThat(ids(json(zip, "mentoring.json").getJsonArray("requests"), "id"))
                .isEqualTo(sqlIds("SELECT id FROM mentee_request WHERE account_id = ?1", a)).hasSize(1);
        assertThat(ids(json(zip, "homework.json").getJsonArray("homework"), "id")).isEqualTo(sqlIds("SELECT id FROM homework WHERE member_id = ?1", a));
        assertThat(ids(json(zip, "attendance.json").getJsonArray("attendance"), "id"))
                .isEqualTo(sqlIds("SELECT id FROM attendance WHERE member_id = ?1", a)).hasSize(1);
        assertThat(ids(json(zip, "milestones.json").getJsonArray("awards"), "id"))
                .isEqualTo(sqlIds("SELECT id FROM milestone_award WHERE member_id = ?1", a)).hasSize(1);
        // The notice of this very export is written after the files, so the file holds the ones before it.
        assertThat(ids(json(zip, "notifications.json").getJsonArray("notifications"), "id"))
                .isEqualTo(sqlIds("SELECT id FROM notification WHERE recipient_id = ?1 AND kind <> 'DATA_EXPORT_READY'", a)).isNotEmpty();

        String everything = String.join("\n", zip.values());
        assertThat(everything).contains("A-POST", "A-EARLIER-WORDS", "A-CHAT-1", "A-REQUEST-NOTE", "A-REFLECTION")
                .doesNotContain("B-SECRET-POST", "B-SECRET-CHAT", "B-SECRET-CHECK-IN", "B-REQUEST-NOTE", "B-SECRET-REFLECTION", other.getEmail(),
                        other.getDisplayName(), (String) em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?1")
                                .setParameter(1, a).getSingleResult());
        String index = zip.get("index.html");
        assertThat(index).startsWith("<!DOCTYPE html>").contains("<html lang=\"es\">", "Tus datos", "A-REFLECTION",
                "A-POST &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient_id = ?1 AND kind = 'DATA_EXPORT_READY'", a)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM email_outbox WHERE recipient_id = ?1 AND body_text LIKE '%/member/my-data.xhtml%'", a))
                .as("the notice also goes by e-mail").isEqualTo(1);
    }

    @Test
    void oneExportPerMemberDownloadableByThatMemberOnlyFor24HoursThenDeleted() throws Exception {
        long a = accounts.register(TestPeople.newRegistration()).getId();
        long b = accounts.register(TestPeople.newRegistration()).getId();

        exports.request(a);
        exports.request(a);
        assertThat(count("SELECT COUNT(*) FROM data_export WHERE member_id = ?1", a)).as("asking twice keeps one").isEqualTo(1);
        ExportState ready = awaitReady(a);
        String pending = "INSERT INTO data_export (member_id, pending_member_id, status, requested_at) VALUES (?1, ?1, 'PENDING', UTC_TIMESTAMP(3))";
        insert(pending, a, null); // the ready one is not pending, so the key lets one in
        assertThatThrownBy(() -> insert(pending, a, null)).as("a second pending export is refused by the database").isNotNull();
        insert("DELETE FROM data_export WHERE member_id = ?1 AND status = 'PENDING'", a, null);

        assertThat(unzip(exports.file(a, ready.id()))).containsKey("index.html");
        assertThatThrownBy(() -> exports.file(b, ready.id())).as("another member").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.file(a, ready.id() + 1_000_000)).as("a made-up id").isInstanceOf(NotFoundException.class);
        assertThat(count("SELECT TIMESTAMPDIFF(MINUTE, ready_at, expires_at) FROM data_export WHERE id = ?1", ready.id())).isEqualTo(24 * 60);

        insert("UPDATE data_export SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE id = ?1", ready.id(), null);
        assertThatThrownBy(() -> exports.file(a, ready.id())).as("expired").isInstanceOf(NotFoundException.class);
        assertThat(exports.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM data_export WHERE id = ?1", ready.id())).as("file and row deleted").isZero();
    }

    private ExportState awaitReady(long memberId) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            ExportState state = exports.latest(memberId).orElseThrow();
            if (state.status() != ExportStatus.PENDING) {
                assertThat(state.status()).isEqualTo(ExportStatus.READY);
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("export not ready in 30 s");
    }

    private Cohort cohort(Account facilitator) {
        Curriculum draft = curricula.create(facilitator.getId(), new CurriculumDetails("Managing low mood", "Adults", "A short skills group."));
        curricula.addSession(facilitator.getId(), draft.getId(), new SessionContent("Session 1", "Topic", "About it.", "Try it.", "Practise."));
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Tuesday group", 8, ZoneId.of("Europe/London"), "Room 1", EnrolmentMode.OPEN),
                new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(2), 90));
    }

    /** Runs one statement with up to three parameters in its own transaction; returns the new row's id (0 if none). */
    private long insert(String sql, Object first, Object second) throws Exception {
        return insert(sql, first, second, null);
    }

    private long insert(String sql, Object first, Object second, Object third) throws Exception {
        long[] id = new long[1];
        InTransaction.run(transaction, () -> {
            var query = em.createNativeQuery(sql).setParameter(1, first);
            if (sql.contains("?2")) {
                query.setParameter(2, second);
            }
            if (sql.contains("?3")) {
                query.setParameter(3, third);
            }
            query.executeUpdate();
            id[0] = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
        return id[0];
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<Long> sqlIds(String sql, long memberId) {
        return ((List<?>) em.createNativeQuery(sql + " ORDER BY id").setParameter(1, memberId).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    private static List<Long> ids(JsonArray rows, String field) {
        return rows.getValuesAs(JsonObject.class).stream().map(row -> row.getJsonNumber(field).longValue()).sorted().toList();
    }

    private static JsonObject json(Map<String, String> zip, String name) {
        return Json.createReader(new StringReader(zip.get(name))).readObject();
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static String unique(int length) {
        return (UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "")).substring(0, length).toUpperCase();
    }
}
