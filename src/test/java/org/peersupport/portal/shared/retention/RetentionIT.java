package org.peersupport.portal.shared.retention;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.SeededRows;
import org.peersupport.portal.testsupport.TestPeople;

/** The nightly retention against a real MariaDB: old rows go, recent ones stay, once a day. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(RetentionIT.class, TestPeople.class, SeededRows.class);
    }

    @Inject
    private RetentionService retention;

    @Inject
    private DailyJobClaim claims;

    @Inject
    private AccountService accounts;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @AfterEach
    void removeSeededRows() throws Exception {
        SeededRows.removeSeeded(dataSource);
    }

    @Test
    void oldRowsGoAndRecentOnesStayWithTheDefaultPeriods() throws Exception {
        long member = accounts.register(TestPeople.newRegistration()).getId();
        SeededRows db = new SeededRows(dataSource);
        long sentOld = mail(db, member, daysAgo(40), daysAgo(40));
        long sentRecent = mail(db, member, daysAgo(2), daysAgo(1));
        long unsentOld = mail(db, member, daysAgo(40), null);
        long readOld = notice(db, member, daysAgo(100), daysAgo(99));
        long readRecent = notice(db, member, daysAgo(10), daysAgo(9));
        long unreadAncient = notice(db, member, daysAgo(400), null);
        long unreadOld = notice(db, member, daysAgo(100), null);
        long firedOld = reminder(db, member, "FIRED", daysAgo(40));
        long pendingOld = reminder(db, member, "PENDING", daysAgo(40));

        Map<String, Integer> deleted = retention.purge(Instant.now());

        assertThat(deleted).containsKeys("email_outbox.sent", "notification.read", "notification.any", "reminder.finished");
        assertThat(ids(db, "email_outbox", member)).contains(sentRecent, unsentOld).doesNotContain(sentOld);
        assertThat(ids(db, "notification", member)).contains(readRecent, unreadOld).doesNotContain(readOld, unreadAncient);
        assertThat(ids(db, "reminder", member)).contains(pendingOld).doesNotContain(firedOld);
    }

    @Test
    void ofTwoInstancesClaimingTheSameDayOnlyOneWins() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        SeededRows db = new SeededRows(dataSource);
        db.update("INSERT INTO scheduled_job_run (job, last_run) VALUES (?, ?)", job, LocalDate.of(2000, 1, 1));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> racers = List.of(
                executor.submit(() -> {
                    start.await();
                    return claims.claim(job, today);
                }),
                executor.submit(() -> {
                    start.await();
                    return claims.claim(job, today);
                }));
        start.countDown();
        assertThat(List.of(racers.get(0).get(), racers.get(1).get())).containsExactlyInAnyOrder(true, false);
        assertThat(claims.claim(job, today)).as("later the same day").isFalse();
        assertThat(claims.claim(job, today.plusDays(1))).as("the next day").isTrue();
    }

    @Test
    void theNightlyRunHappensOnceADayWhoeverCalls() throws Exception {
        SeededRows db = new SeededRows(dataSource);
        db.update("UPDATE scheduled_job_run SET last_run = ? WHERE job = 'retention'", LocalDate.of(2000, 1, 1));
        CountDownLatch start = new CountDownLatch(1);
        Future<Map<String, Integer>> first = executor.submit(() -> {
            start.await();
            return retention.runOnceToday();
        });
        Future<Map<String, Integer>> second = executor.submit(() -> {
            start.await();
            return retention.runOnceToday();
        });
        start.countDown();
        assertThat(List.of(first.get().isEmpty(), second.get().isEmpty())).containsExactlyInAnyOrder(true, false);
    }

    private static LocalDateTime daysAgo(int days) {
        return LocalDateTime.now(ZoneOffset.UTC).minusDays(days);
    }

    private static long mail(SeededRows db, long member, LocalDateTime created, LocalDateTime sent) throws Exception {
        Map<String, Object> row = new HashMap<>(Map.of("recipient_id", member, "created_at", created, "not_before", created));
        row.put("sent_at", sent);
        return db.insert("email_outbox", row);
    }

    private static long notice(SeededRows db, long member, LocalDateTime created, LocalDateTime read) throws Exception {
        Map<String, Object> row = new HashMap<>(Map.of("recipient_id", member, "kind", "REPLY", "created_at", created));
        row.put("read_at", read);
        return db.insert("notification", row);
    }

    private static long reminder(SeededRows db, long member, String status, LocalDateTime at) throws Exception {
        return db.insert("reminder", Map.of("recipient_id", member, "status", status, "remind_at", at));
    }

    private static List<Long> ids(SeededRows db, String table, long member) throws Exception {
        return db.ids("SELECT id FROM " + table + " WHERE recipient_id = ?", member);
    }
}
