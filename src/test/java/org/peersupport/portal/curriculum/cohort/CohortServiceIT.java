package org.peersupport.portal.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.peersupport.portal.curriculum.cohort.CohortService.CohortFullException;
import org.peersupport.portal.curriculum.cohort.CohortViews.CohortView;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.Reminder;
import org.peersupport.portal.notification.ReminderService;
import org.peersupport.portal.notification.SubjectRef;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/** Cohorts inside Payara Micro against MariaDB: places never over capacity, who sees the link, requests. */
@ExtendWith(ArquillianExtension.class)
class CohortServiceIT {

    private static final String LINK = "https://video.example/secret-room";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(CohortServiceIT.class, TestPeople.class);
    }

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortViews views;

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReminderService reminders;

    @Test
    void aFullCohortRefusesTheNextJoinAndConcurrentJoinsNeverPassTheCapacity() throws Exception {
        Account facilitator = facilitator();
        Cohort cohort = cohort(facilitator, 2, EnrolmentMode.OPEN);
        cohorts.join(member().getId(), cohort.getId());
        cohorts.join(member().getId(), cohort.getId());
        long late = member().getId();
        assertThatThrownBy(() -> cohorts.join(late, cohort.getId())).isInstanceOf(CohortFullException.class);
        assertThat(views.cohortView(facilitator.getId(), cohort.getId()).placesLeft()).isZero();

        Cohort contested = cohort(facilitator, 3, EnrolmentMode.OPEN);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(member().getId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (long memberId : members) {
                Callable<Boolean> join = () -> {
                    start.await();
                    try {
                        cohorts.join(memberId, contested.getId());
                        return true;
                    } catch (CohortFullException e) {
                        return false;
                    }
                };
                results.add(pool.submit(join));
            }
            start.countDown();
            int joined = 0;
            for (Future<Boolean> result : results) {
                joined += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(joined).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        CohortView view = views.cohortView(facilitator.getId(), contested.getId());
        assertThat(view.placesLeft()).isZero();
        assertThat(view.members()).filteredOn(m -> m.status() == EnrolmentStatus.ENROLLED).hasSize(3);
    }

    @Test
    void onlyEnrolledMembersAndFacilitatorsSeeTheLink() {
        Account facilitator = facilitator();
        Cohort cohort = cohort(facilitator, 8, EnrolmentMode.OPEN);
        Account enrolled = member();
        Account outsider = member();
        cohorts.join(enrolled.getId(), cohort.getId());

        CohortView outsiders = views.cohortView(outsider.getId(), cohort.getId());
        assertThat(outsiders.location()).isEmpty();
        assertThat(outsiders.members()).as("members' names are for staff").isEmpty();
        assertThat(outsiders.upcoming()).hasSize(2).extracting(CohortViews.SessionView::title)
                .containsExactly("Understanding anxiety", "Breathing and grounding");
        assertThat(outsiders.placesLeft()).isEqualTo(7);

        assertThat(views.cohortView(enrolled.getId(), cohort.getId()).location()).contains(LINK);
        assertThat(views.cohortView(facilitator.getId(), cohort.getId()).location()).contains(LINK);

        cohorts.leave(enrolled.getId(), cohort.getId());
        assertThat(views.cohortView(enrolled.getId(), cohort.getId()).location()).as("after leaving").isEmpty();
    }

    @Test
    void aRequestWaitsForAFacilitatorAndOnlyTheCohortsStaffApprove() {
        Account facilitator = facilitator();
        Account colleague = facilitator();
        Cohort cohort = cohort(facilitator, 8, EnrolmentMode.REQUEST);
        Account member = member();
        assertThatThrownBy(() -> cohorts.join(member.getId(), cohort.getId())).as("not an open cohort")
                .isInstanceOf(NotPermittedException.class);

        cohorts.requestPlace(member.getId(), cohort.getId());
        CohortView asking = views.cohortView(member.getId(), cohort.getId());
        assertThat(asking.viewerStatus()).contains(EnrolmentStatus.REQUESTED);
        assertThat(asking.location()).isEmpty();
        assertThat(views.cohortView(facilitator.getId(), cohort.getId()).members())
                .extracting(CohortViews.MemberEntry::memberId, CohortViews.MemberEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(member.getId(), EnrolmentStatus.REQUESTED));

        assertThatThrownBy(() -> cohorts.approve(colleague.getId(), cohort.getId(), member.getId()))
                .isInstanceOf(NotPermittedException.class);
        cohorts.approve(facilitator.getId(), cohort.getId(), member.getId());
        CohortView enrolled = views.cohortView(member.getId(), cohort.getId());
        assertThat(enrolled.viewerStatus()).contains(EnrolmentStatus.ENROLLED);
        assertThat(enrolled.location()).contains(LINK);
        assertThat(audit.entriesFor(CohortService.SUBJECT_COHORT, cohort.getId(), 20)).extracting(AuditEntry::getAction)
                .contains("COHORT_CREATED", "COHORT_PLACE_REQUESTED", "COHORT_REQUEST_APPROVED");
        assertThat(views.facilitatedBy(facilitator.getId())).extracting(CohortViews.CohortSummary::id).containsExactly(cohort.getId());
        assertThat(views.facilitatedBy(colleague.getId())).isEmpty();
        assertThat(views.openToJoin()).extracting(CohortViews.CohortSummary::id).contains(cohort.getId());
    }

    @Test
    void anInvitedMemberAcceptsAndMovingOrCancellingRaisesTheSequence() {
        Account facilitator = facilitator();
        Cohort cohort = cohort(facilitator, 1, EnrolmentMode.INVITATION);
        Account invited = member();
        assertThatThrownBy(() -> cohorts.accept(invited.getId(), cohort.getId())).isInstanceOf(NotPermittedException.class);
        cohorts.invite(facilitator.getId(), cohort.getId(), invited.getId());
        assertThat(views.cohortView(invited.getId(), cohort.getId()).viewerStatus()).contains(EnrolmentStatus.INVITED);
        cohorts.accept(invited.getId(), cohort.getId());
        assertThat(views.cohortView(invited.getId(), cohort.getId()).isEnrolled()).isTrue();
        assertThat(views.openToJoin()).as("invitation only").extracting(CohortViews.CohortSummary::id).doesNotContain(cohort.getId());

        CohortView view = views.cohortView(facilitator.getId(), cohort.getId());
        long first = view.upcoming().get(0).id();
        var moved = cohorts.moveSession(facilitator.getId(), cohort.getId(), first,
                view.upcoming().get(0).startsAt().plus(Duration.ofDays(1)));
        assertThat(moved.getSequence()).isEqualTo(1);
        assertThat(cohorts.cancelSession(facilitator.getId(), cohort.getId(), first).getSequence()).isEqualTo(2);
        assertThat(views.cohortView(invited.getId(), cohort.getId()).upcoming().get(0).cancelled()).isTrue();
        assertThatThrownBy(() -> cohorts.cancelSession(invited.getId(), cohort.getId(), first)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void takingAPlaceSchedulesADayAndAnHourBeforeEachSessionAndTheyFollowMovesCancelsAndLeaving() {
        Account facilitator = facilitator();
        Cohort cohort = cohort(facilitator, 8, EnrolmentMode.OPEN);
        Account member = member();
        Account leaver = member();
        cohorts.join(member.getId(), cohort.getId());
        cohorts.join(leaver.getId(), cohort.getId());
        List<CohortViews.SessionView> sessions = views.cohortView(facilitator.getId(), cohort.getId()).upcoming();
        SubjectRef first = new SubjectRef(CohortService.SUBJECT_SESSION, sessions.get(0).id());
        SubjectRef second = new SubjectRef(CohortService.SUBJECT_SESSION, sessions.get(1).id());
        assertThat(pending(first, member.getId())).extracting(Reminder::getRemindAt).containsExactlyInAnyOrder(
                sessions.get(0).startsAt().minus(Duration.ofHours(24)), sessions.get(0).startsAt().minus(Duration.ofHours(1)));
        assertThat(pending(second, member.getId())).hasSize(2);
        assertThat(pending(first, member.getId())).extracting(Reminder::getKind).containsOnly(NotificationKind.SESSION_REMINDER);

        cohorts.leave(leaver.getId(), cohort.getId());
        assertThat(pending(first, leaver.getId())).as("left the group").isEmpty();
        assertThat(pending(second, leaver.getId())).isEmpty();
        assertThat(pending(second, member.getId())).as("whoever stays keeps theirs").hasSize(2);

        Instant later = sessions.get(0).startsAt().plus(Duration.ofDays(2));
        cohorts.moveSession(facilitator.getId(), cohort.getId(), sessions.get(0).id(), later);
        assertThat(pending(first, member.getId())).as("moved with the session").extracting(Reminder::getRemindAt)
                .containsExactlyInAnyOrder(later.minus(Duration.ofHours(24)), later.minus(Duration.ofHours(1)));
        assertThat(pending(first, leaver.getId())).as("no reminder comes back for someone who left").isEmpty();

        cohorts.cancelSession(facilitator.getId(), cohort.getId(), sessions.get(1).id());
        assertThat(pending(second, member.getId())).as("cancelled session").isEmpty();
        assertThat(pending(first, member.getId())).hasSize(2);
    }

    @Test
    void aFacilitatorTakesNoPlaceInTheirOwnCohortAndSessionsAreNotMovedIntoThePast() {
        Account facilitator = facilitator();
        Cohort open = cohort(facilitator, 8, EnrolmentMode.OPEN);
        assertThatThrownBy(() -> cohorts.join(facilitator.getId(), open.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> cohorts.inviteByEmail(facilitator.getId(), open.getId(), facilitator.getEmail()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(views.cohortView(facilitator.getId(), open.getId()).placesLeft()).isEqualTo(8);

        Account member = member();
        assertThatThrownBy(() -> cohorts.inviteByEmail(facilitator.getId(), open.getId(), "nobody-" + member.getEmail()))
                .isInstanceOf(CohortService.UnknownMemberException.class);
        assertThat(cohorts.inviteByEmail(facilitator.getId(), open.getId(), " " + member.getEmail() + " ").getStatus())
                .isEqualTo(EnrolmentStatus.INVITED);

        long first = views.cohortView(facilitator.getId(), open.getId()).upcoming().get(0).id();
        assertThatThrownBy(() -> cohorts.moveSession(facilitator.getId(), open.getId(), first, Instant.now().minus(Duration.ofHours(1))))
                .isInstanceOf(CohortService.StartInPastException.class);
        assertThat(views.cohortView(facilitator.getId(), open.getId()).upcoming().get(0).sequence()).isZero();
    }

    @Test
    void aCohortWithTwoFacilitatorsShowsEachSessionOnceInOrderAndBothNames() {
        Account facilitator = facilitator();
        Account colleague = facilitator();
        Cohort cohort = cohort(facilitator, 8, EnrolmentMode.OPEN);
        cohorts.addFacilitator(facilitator.getId(), cohort.getId(), colleague.getId());
        cohorts.join(member().getId(), cohort.getId());

        // The cohort, its sessions and its facilitators are read in one statement (a join over both lists).
        CohortView view = views.cohortView(member().getId(), cohort.getId());
        assertThat(view.upcoming()).extracting(CohortViews.SessionView::number).containsExactly(1, 2);
        assertThat(view.upcoming()).extracting(CohortViews.SessionView::title)
                .containsExactly("Understanding anxiety", "Breathing and grounding");
        assertThat(view.facilitatorNames()).containsExactlyInAnyOrder(facilitator.getDisplayName(), colleague.getDisplayName())
                .isSorted();
        assertThat(view.placesLeft()).isEqualTo(7);
        assertThat(views.cohortView(colleague.getId(), cohort.getId()).staff()).isTrue();
    }

    private List<Reminder> pending(SubjectRef subject, long recipientId) {
        return reminders.remindersOf(subject, recipientId).stream().filter(r -> r.getStatus() == Reminder.Status.PENDING).toList();
    }

    private Cohort cohort(Account facilitator, int capacity, EnrolmentMode mode) {
        Curriculum draft = curricula.create(facilitator.getId(),
                new CurriculumDetails("Managing anxiety", "Adults on the waiting list for therapy", "A short skills group."));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Understanding anxiety"));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Breathing and grounding"));
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Tuesday group", capacity, ZoneId.of("Europe/London"), LINK, mode),
                new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.now().plusWeeks(1), 90));
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Account facilitator() {
        return TestPeople.newFacilitator(accounts);
    }

    private static SessionContent session(String title) {
        return new SessionContent(title, "Topic of " + title, "About **" + title + "**.", "Try it in pairs.", "Practise once a day.");
    }
}
