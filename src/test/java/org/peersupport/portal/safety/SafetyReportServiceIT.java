package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.forum.FlagReason;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestForums;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The safety report inside Payara Micro, against MariaDB: alerts raised by crisis posts and
 * acknowledged through the service, then moved (plain JDBC) into three weeks long past that no
 * other test writes to, with known gaps to acknowledgement. The report on those weeks must give
 * the counts, medians and 90th percentiles worked out by hand.
 */
@ExtendWith(ArquillianExtension.class)
class SafetyReportServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(SafetyReportServiceIT.class, TestPeople.class, TestForums.class);
    }

    @Inject
    private SafetyReportService reports;

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;


    @Inject
    private AccountService accounts;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void theReportCountsAlertsPerWeekAndTakesMedianAndNinetiethPercentileOfTheTimesToAcknowledge() throws SQLException {
        Instant from = quietWeeksLongAgo();
        Instant to = from.plus(Duration.ofDays(21));
        Account moderator = newModerator();
        Forum forum = openForum();

        // Week 1: two HIGH (4 and 10 minutes), one MEDIUM (2 minutes, closed). Week 2: nothing.
        // Week 3: one MEDIUM acknowledged after 75 minutes (escalated at its 60-minute deadline), one still open.
        Crisis highA = crisis(forum, "I am going to kill myself tonight.", CrisisSeverity.HIGH);
        Crisis highB = crisis(forum, "I want to end it all.", CrisisSeverity.HIGH);
        Crisis mediumC = crisis(forum, "Honestly I just want to die.", CrisisSeverity.MEDIUM);
        Crisis mediumD = crisis(forum, "Some nights I wish I could just die.", CrisisSeverity.MEDIUM);
        Crisis mediumE = crisis(forum, "I really want to die.", CrisisSeverity.MEDIUM);
        Crisis outside = crisis(forum, "I want to kill myself.", CrisisSeverity.HIGH);
        for (Crisis acknowledged : List.of(highA, highB, mediumD, outside)) {
            assertThat(alerts.acknowledge(moderator.getId(), acknowledged.alertId())).isTrue();
        }
        alerts.close(moderator.getId(), mediumC.alertId(), CrisisOutcome.MEMBER_SAFE, null);
        alerts.close(moderator.getId(), highA.alertId(), CrisisOutcome.REFERRED_TO_CARE_TEAM, null);

        Instant week1 = from.plus(Duration.ofDays(1)).plus(Duration.ofHours(9)); // Tuesday 09:00 UTC
        Instant week3 = from.plus(Duration.ofDays(14 + 6)).plus(Duration.ofHours(23)); // Sunday 23:00 UTC, the last hour
        moveAlert(highA, week1, 4, null);
        moveAlert(highB, week1.plus(Duration.ofHours(5)), 10, null);
        moveAlert(mediumC, week1.plus(Duration.ofDays(2)), 2, null);
        moveAlert(mediumD, week3, 75, week3.plus(Duration.ofMinutes(60)));
        moveAlert(mediumE, week3.plus(Duration.ofMinutes(30)), null, week3.plus(Duration.ofMinutes(90)));
        moveAlert(outside, from.minusMillis(1), 1, null);

        // Held posts besides the crisis ones: a watched word, a newcomer's first post, and one hidden by a flag.
        long watched = posting.startTopic(trustedMember(), forum.getId(), "Chat", "Whatsapp me if you want to talk.",
                null, false).postId();
        long newcomer = posting.startTopic(Reader.member(newAccount().getId()), forum.getId(), "Hello",
                "Hello everyone, this is me.", null, false).postId();
        long flagged = posting.startTopic(trustedMember(), forum.getId(), "Opinion", "Just my opinion.", null, false).postId();
        assertThat(posting.flag(Reader.staff(moderator.getId()), flagged, FlagReason.OFF_TOPIC, null)).as("hidden").isTrue();
        moveReviewItems(List.of(highA.postId(), highB.postId(), mediumC.postId(), watched, newcomer), week1);
        moveReviewItems(List.of(mediumD.postId(), mediumE.postId(), flagged), week3);
        moveReviewItems(List.of(outside.postId()), from.minusMillis(1));

        SafetyReport report = reports.between(from, to);

        assertThat(report.getAlertWeeks()).extracting(SafetyReport.AlertWeek::monday).containsExactly(day(from),
                day(from).plusWeeks(1), day(from).plusWeeks(2));
        assertThat(report.getAlertWeeks()).extracting(w -> w.count(CrisisSeverity.HIGH)).containsExactly(2, 0, 0);
        assertThat(report.getAlertWeeks()).extracting(w -> w.count(CrisisSeverity.MEDIUM)).containsExactly(1, 0, 2);
        assertThat(report.getAlerts()).as("the alert a millisecond before the period is left out").isEqualTo(5);

        // acknowledged: 2, 4, 10, 75 minutes → median (rank 2) 4, p90 (rank 4) 75
        assertThat(report.getTimes().count()).isEqualTo(4);
        assertThat(report.getTimes().median()).contains(Duration.ofMinutes(4));
        assertThat(report.getTimes().p90()).contains(Duration.ofMinutes(75));
        assertThat(report.times(CrisisSeverity.HIGH).median()).contains(Duration.ofMinutes(4));
        assertThat(report.times(CrisisSeverity.HIGH).p90()).contains(Duration.ofMinutes(10));
        assertThat(report.times(CrisisSeverity.MEDIUM).median()).contains(Duration.ofMinutes(2));
        assertThat(report.times(CrisisSeverity.MEDIUM).p90()).contains(Duration.ofMinutes(75));
        assertThat(report.getUnacknowledged()).isEqualTo(1);
        assertThat(report.unacknowledged(CrisisSeverity.MEDIUM)).isEqualTo(1);
        assertThat(report.getEscalated()).isEqualTo(2);
        assertThat(report.getOutcomes()).containsEntry(CrisisOutcome.MEMBER_SAFE, 1)
                .containsEntry(CrisisOutcome.REFERRED_TO_CARE_TEAM, 1).containsEntry(CrisisOutcome.NOT_A_CRISIS, 0);
        assertThat(report.acknowledgeWithin(CrisisSeverity.HIGH)).isEqualTo(Duration.ofMinutes(15));

        assertThat(report.getHeldWeeks()).extracting(w -> w.count(HoldReason.CRISIS)).containsExactly(3, 0, 2);
        assertThat(report.getHeldWeeks()).extracting(w -> w.count(HoldReason.WATCHED)).containsExactly(1, 0, 0);
        assertThat(report.getHeldWeeks()).extracting(w -> w.count(HoldReason.NEW_MEMBER)).containsExactly(1, 0, 0);
        assertThat(report.getHeldWeeks()).extracting(w -> w.count(HoldReason.OTHER)).containsExactly(0, 0, 0);
        assertThat(report.getHeldWeeks()).extracting(SafetyReport.HeldWeek::hiddenAfterFlags).containsExactly(0, 0, 1);
        assertThat(report.getHeld()).isEqualTo(7);
    }

    @Test
    void theLastDaysReportCoversNowAndFallsBackToThirtyDaysForAPeriodNotOffered() {
        SafetyReport week = reports.lastDays(7);
        assertThat(Duration.between(week.getFrom(), week.getTo())).isEqualTo(Duration.ofDays(7));
        assertThat(week.getAlertWeeks()).as("two ISO weeks, one if it began on Monday at midnight").hasSizeBetween(1, 2);
        SafetyReport odd = reports.lastDays(12);
        assertThat(Duration.between(odd.getFrom(), odd.getTo())).isEqualTo(Duration.ofDays(SafetyReportService.DEFAULT_PERIOD));
    }

    /** A post in crisis language, the alert it raised, and their ids. */
    private record Crisis(long postId, long alertId) {}

    private Crisis crisis(Forum forum, String text, CrisisSeverity expected) {
        PostOutcome post = posting.startTopic(trustedMember(), forum.getId(), "Evenings", text, null, false);
        assertThat(post.crisis()).as(text).isTrue();
        CrisisAlert alert = alerts.notClosed().stream().map(CrisisAlertService.AlertRow::alert)
                .filter(a -> a.getSource().equals(ModerationService.SOURCE_FORUM_POST) && a.getSourceId() == post.postId())
                .findFirst().orElseThrow(() -> new AssertionError("no alert for post " + post.postId()));
        assertThat(alert.getSeverity()).as(text).isEqualTo(expected);
        return new Crisis(post.postId(), alert.getId());
    }

    /**
     * Three ISO weeks, long past, in which nothing was raised or held yet (a shared database may
     * keep earlier runs' rows, so a used stretch is skipped).
     */
    private Instant quietWeeksLongAgo() {
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate monday = LocalDate.of(1990, 1, 1).plusWeeks(ThreadLocalRandom.current().nextInt(0, 1500))
                    .with(DayOfWeek.MONDAY);
            Instant from = monday.atStartOfDay(ZoneOffset.UTC).toInstant();
            SafetyReport before = reports.between(from.minus(Duration.ofDays(1)), from.plus(Duration.ofDays(22)));
            if (before.getAlerts() == 0 && before.getHeld() == 0 && before.getHiddenAfterFlags() == 0) {
                return from;
            }
        }
        throw new IllegalStateException("No quiet weeks found between 1990 and 2018");
    }

    /** Sets when the alert was raised, acknowledged (minutes later, or never) and escalated, as if it had happened then. */
    private void moveAlert(Crisis crisis, Instant raised, Integer minutesToAcknowledge, Instant escalated) throws SQLException {
        CrisisAlert alert = alerts.find(crisis.alertId());
        Duration deadline = Duration.between(alert.getRaisedAt(), alert.getAcknowledgeBy());
        Instant acknowledged = minutesToAcknowledge == null ? null : raised.plus(Duration.ofMinutes(minutesToAcknowledge));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement move = connection.prepareStatement("UPDATE crisis_alert SET raised_at = ?, acknowledge_by = ?,"
                        + " acknowledged_at = ?, escalated_at = ?, closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE ? END"
                        + " WHERE id = ?")) {
            setUtc(move, 1, raised);
            setUtc(move, 2, raised.plus(deadline));
            setUtc(move, 3, acknowledged);
            setUtc(move, 4, escalated);
            setUtc(move, 5, acknowledged);
            move.setLong(6, crisis.alertId());
            assertThat(move.executeUpdate()).isEqualTo(1);
        }
    }

    private void moveReviewItems(List<Long> postIds, Instant created) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement move = connection.prepareStatement("UPDATE review_item SET created_at = ? WHERE post_id = ?")) {
            for (long postId : postIds) {
                setUtc(move, 1, created);
                move.setLong(2, postId);
                assertThat(move.executeUpdate()).as("the review item of post " + postId).isEqualTo(1);
            }
        }
    }

    /** As InstantConverter stores it: UTC wall time. */
    private static void setUtc(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private Account newModerator() {
        Account admin = newAccount();
        accounts.grantAdminAtStartup(admin.getEmail());
        Account moderator = newAccount();
        accounts.grantRole(admin.getId(), moderator.getId(), Role.MODERATOR);
        return moderator;
    }

    private Reader trustedMember() {
        return TestPeople.trustedMember(accounts, "Europe/London", "en");
    }

    private Account newAccount() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Forum openForum() {
        return TestForums.openForum(groups, "report");
    }
}
