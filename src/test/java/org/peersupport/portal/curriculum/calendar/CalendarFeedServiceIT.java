package org.peersupport.portal.curriculum.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.SessionContent;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortSession;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.security.SecretToken;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.TestPeople;

/** Calendars inside Payara Micro against MariaDB: feed tokens, whose sessions a feed holds, the lazy range. */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(CalendarFeedServiceIT.class, TestPeople.class, InTransaction.class);
    }

    @Inject
    private CalendarService calendar;

    @Inject
    private CohortService cohorts;

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Resource
    private UserTransaction transaction;

    @Test
    void aFeedTokenResolvesToItsMemberUntilReplacedOrSuspendedAndBothChangesAreAudited() throws Exception {
        Account member = member();
        assertThat(calendar.feedCreatedAt(member.getId())).isEmpty();

        String first = calendar.createFeed(member.getId());
        assertThat(SecretToken.wellFormed(first)).isTrue();
        assertThat(calendar.memberOfFeed(first)).contains(member.getId());
        assertThat(calendar.feedCreatedAt(member.getId())).isPresent();

        String second = calendar.createFeed(member.getId());
        assertThat(second).isNotEqualTo(first);
        assertThat(calendar.memberOfFeed(first)).as("the replaced link").isEmpty();
        assertThat(calendar.memberOfFeed(second)).contains(member.getId());
        assertThat(calendar.memberOfFeed(SecretToken.hash(second))).as("the stored hash is no key").isEmpty();
        assertThat(calendar.memberOfFeed("not-a-token")).isEmpty();
        assertThat(calendar.memberOfFeed(SecretToken.newToken())).isEmpty();

        InTransaction.run(transaction, () -> accounts.suspend(member.getId(), Instant.now().plus(Duration.ofDays(7))));
        assertThat(calendar.memberOfFeed(second)).as("while suspended").isEmpty();
        InTransaction.run(transaction, () -> accounts.suspend(member.getId(), Instant.now().minusSeconds(1)));
        assertThat(calendar.memberOfFeed(second)).as("once the suspension ends").contains(member.getId());

        assertThat(audit.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 20)).extracting(AuditEntry::getAction)
                .contains(CalendarService.FEED_CREATED, CalendarService.FEED_REPLACED);
        assertThat(audit.entriesFor(AuditTrail.SUBJECT_ACCOUNT, member.getId(), 20)).extracting(AuditEntry::getDetail)
                .noneMatch(detail -> detail != null && (detail.contains(first) || detail.contains(second)));
    }

    @Test
    void aMembersFeedHoldsOnlyCohortsWhereTheyAreEnrolledAndNoOtherCohortsLocation() {
        Account facilitator = facilitator();
        Account member = member();
        Cohort enrolled = cohort(facilitator, EnrolmentMode.OPEN, "enrolled");
        Cohort invited = cohort(facilitator, EnrolmentMode.INVITATION, "invited");
        Cohort requested = cohort(facilitator, EnrolmentMode.REQUEST, "requested");
        Cohort left = cohort(facilitator, EnrolmentMode.OPEN, "left");
        cohorts.join(member.getId(), enrolled.getId());
        cohorts.invite(facilitator.getId(), invited.getId(), member.getId());
        cohorts.requestPlace(member.getId(), requested.getId());
        cohorts.join(member.getId(), left.getId());
        cohorts.leave(member.getId(), left.getId());

        List<CalendarEntry> feed = calendar.feedFor(member.getId());

        assertThat(feed).hasSize(2).allSatisfy(e -> {
            assertThat(e.cohortId()).isEqualTo(enrolled.getId());
            assertThat(e.facilitating()).isFalse();
            assertThat(e.location()).contains(link("enrolled"));
        });
        assertThat(feed).extracting(CalendarEntry::title).containsExactly("Understanding anxiety", "Breathing and grounding");
        String ics = SessionEvents.ics("Mine", feed, Locale.ENGLISH, ZoneId.of("Europe/London"), "https://portal.example", Instant.now());
        assertThat(ics).contains("LOCATION:" + link("enrolled"))
                .doesNotContain(link("invited")).doesNotContain(link("requested")).doesNotContain(link("left"));

        assertThat(calendar.cohortFor(member.getId(), enrolled.getId())).hasSize(2);
        for (Cohort other : List.of(invited, requested, left)) {
            assertThatThrownBy(() -> calendar.cohortFor(member.getId(), other.getId())).isInstanceOf(NotFoundException.class);
        }

        List<CalendarEntry> staffFeed = calendar.feedFor(facilitator.getId());
        assertThat(staffFeed).extracting(CalendarEntry::cohortId)
                .containsOnly(enrolled.getId(), invited.getId(), requested.getId(), left.getId());
        assertThat(staffFeed).allSatisfy(e -> assertThat(e.facilitating()).isTrue());
        assertThat(calendar.cohortFor(facilitator.getId(), invited.getId())).allSatisfy(e -> assertThat(e.location()).contains(link("invited")));

        // The role, not the list of a cohort's facilitators alone, puts the cohorts one runs in one's calendar.
        Account admin = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        accounts.revokeRole(admin.getId(), facilitator.getId(), Role.FACILITATOR);
        assertThat(calendar.feedFor(facilitator.getId())).as("a former facilitator's calendar").isEmpty();
        assertThat(calendar.nextSession(facilitator.getId())).isEmpty();
        accounts.grantRole(admin.getId(), facilitator.getId(), Role.FACILITATOR);
        assertThat(calendar.feedFor(facilitator.getId())).as("the role given back").hasSize(staffFeed.size());
    }

    @Test
    void theRangeQueryReturnsOnlySessionsOverlappingTheRangeWithTheirChanges() {
        Account facilitator = facilitator();
        Account member = member();
        Cohort cohort = cohort(facilitator, EnrolmentMode.OPEN, "range");
        cohorts.join(member.getId(), cohort.getId());
        List<CohortSession> sessions = cohort.getSessions();
        Instant first = sessions.get(0).getStartsAt();
        Instant second = sessions.get(1).getStartsAt();
        assertThat(Duration.between(first, second)).isEqualTo(Duration.ofDays(7));

        assertThat(calendar.entriesFor(member.getId(), first.minus(Duration.ofDays(1)), first.plus(Duration.ofDays(1))))
                .extracting(CalendarEntry::number).containsExactly(1);
        assertThat(calendar.entriesFor(member.getId(), second.minus(Duration.ofHours(1)), second.plus(Duration.ofHours(1))))
                .extracting(CalendarEntry::number).containsExactly(2);
        assertThat(calendar.entriesFor(member.getId(), first.plus(Duration.ofMinutes(30)), first.plus(Duration.ofMinutes(45))))
                .as("a range inside a session still shows it").extracting(CalendarEntry::number).containsExactly(1);
        assertThat(calendar.entriesFor(member.getId(), first.plus(Duration.ofMinutes(90)), second))
                .as("ends exactly as the range starts; starts exactly as it ends").isEmpty();
        assertThat(calendar.entriesFor(member.getId(), first.minus(Duration.ofDays(7)), second.plus(Duration.ofDays(7)))).hasSize(2);

        cohorts.moveSession(facilitator.getId(), cohort.getId(), sessions.get(0).getId(), first.plus(Duration.ofHours(1)));
        cohorts.cancelSession(facilitator.getId(), cohort.getId(), sessions.get(1).getId());
        List<CalendarEntry> changed = calendar.entriesFor(member.getId(), first.minus(Duration.ofDays(1)), second.plus(Duration.ofDays(1)));
        assertThat(changed.get(0).startsAt()).isEqualTo(first.plus(Duration.ofHours(1)));
        assertThat(changed.get(0).sequence()).isEqualTo(1);
        assertThat(changed.get(0).cancelled()).isFalse();
        assertThat(changed.get(1).sequence()).isEqualTo(1);
        assertThat(changed.get(1).cancelled()).isTrue();
        assertThat(changed.get(0).zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(calendar.nextSession(member.getId())).contains(first.plus(Duration.ofHours(1)));
    }

    private Cohort cohort(Account facilitator, EnrolmentMode mode, String name) {
        Curriculum draft = curricula.create(facilitator.getId(),
                new CurriculumDetails("Managing anxiety", "Adults on the waiting list for therapy", "A short skills group."));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Understanding anxiety"));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Breathing and grounding"));
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Group " + name, 8, ZoneId.of("America/New_York"), link(name), mode),
                new WeeklyRule(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalDate.now().plusWeeks(1), 90));
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private String link(String name) {
        return "https://video.example/" + run + "/" + name;
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Account facilitator() {
        return TestPeople.newFacilitator(accounts);
    }

    private static SessionContent session(String title) {
        return new SessionContent(title, "Topic of " + title, "About " + title + ".", "Try it in pairs.", "Practise once a day.");
    }
}
