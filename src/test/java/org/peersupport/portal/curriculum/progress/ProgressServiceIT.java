package org.peersupport.portal.curriculum.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.ABSENT;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.EXCUSED;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.LATE;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.PRESENT;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
import org.peersupport.portal.curriculum.cohort.CohortSession;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.curriculum.progress.DropoutRisk.Reason;
import org.peersupport.portal.curriculum.progress.ProgressService.CohortFigures;
import org.peersupport.portal.curriculum.progress.ProgressService.MemberProgress;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/** Attendance, homework and progress inside Payara Micro against MariaDB: who reads what, marks, events, figures. */
@ExtendWith(ArquillianExtension.class)
class ProgressServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ProgressServiceIT.class, ProgressEventsRecorder.class, TestPeople.class);
    }

    @Inject
    private ProgressService progress;

    @Inject
    private CohortService cohorts;

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProgressEventsRecorder events;

    @Test
    void onlyTheMemberAndTheCohortsStaffReadAMembersRecordAndReflections() {
        Account facilitator = facilitator();
        Cohort cohort = cohortInThePast(facilitator, 4);
        Account member = joined(cohort);
        Account other = joined(cohort);
        Account outsider = member();
        Account otherFacilitator = facilitator();
        long first = sessions(cohort).get(0).getId();

        progress.mark(facilitator.getId(), first, member.getId(), PRESENT);
        progress.saveHomework(member.getId(), first, true, "Noticing the thought helped.");

        MemberProgress own = progress.memberProgress(member.getId(), cohort.getId(), member.getId());
        assertThat(own.sessions().get(0).mark()).contains(PRESENT);
        assertThat(own.sessions().get(0).reflection()).contains("Noticing the thought helped.");
        assertThat(progress.memberProgress(facilitator.getId(), cohort.getId(), member.getId()).sessions().get(0).reflection())
                .contains("Noticing the thought helped.");

        for (Account stranger : List.of(other, outsider, otherFacilitator)) {
            assertThatThrownBy(() -> progress.memberProgress(stranger.getId(), cohort.getId(), member.getId()))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> progress.figures(stranger.getId(), cohort.getId())).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> progress.sheet(stranger.getId(), first)).isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> progress.mark(other.getId(), first, member.getId(), ABSENT))
                .as("a plain member never marks").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> progress.saveHomework(outsider.getId(), first, true, null))
                .as("only members with a place keep homework").isInstanceOf(NotPermittedException.class);
        assertThat(progress.memberProgress(member.getId(), cohort.getId(), member.getId()).sessions().get(0).mark())
                .as("the refused mark changed nothing").contains(PRESENT);
    }

    @Test
    void marksAndHomeworkAreUpsertedAuditedAndRefusedForCancelledOrFutureSessions() {
        Account facilitator = facilitator();
        Cohort cohort = cohortInThePast(facilitator, 2);
        Account member = joined(cohort);
        List<CohortSession> sessions = sessions(cohort);
        long first = sessions.get(0).getId();

        progress.mark(facilitator.getId(), first, member.getId(), ABSENT);
        progress.mark(facilitator.getId(), first, member.getId(), EXCUSED);
        var sheet = progress.sheet(facilitator.getId(), first);
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.memberId()).isEqualTo(member.getId());
            assertThat(row.mark()).contains(EXCUSED);
            assertThat(row.markedAt()).isPresent();
        });
        assertThat(audit.entriesFor(CohortService.SUBJECT_COHORT, cohort.getId(), 50)).extracting(AuditEntry::getAction)
                .filteredOn(ProgressService.ATTENDANCE_MARKED::equals).hasSize(2);

        progress.saveHomework(member.getId(), first, true, "First try");
        progress.saveHomework(member.getId(), first, false, "Edited, and not done after all");
        var record = progress.memberProgress(member.getId(), cohort.getId(), member.getId()).sessions().get(0);
        assertThat(record.homeworkDone()).isFalse();
        assertThat(record.reflection()).contains("Edited, and not done after all");
        assertThatThrownBy(() -> progress.saveHomework(member.getId(), first, true, "x".repeat(Homework.REFLECTION_MAX + 1)))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(ConstraintViolationException.class),
                        e -> assertThat(e).hasRootCauseInstanceOf(ConstraintViolationException.class));

        long second = sessions.get(1).getId();
        cohorts.cancelSession(facilitator.getId(), cohort.getId(), second);
        assertThatThrownBy(() -> progress.mark(facilitator.getId(), second, member.getId(), PRESENT))
                .isInstanceOf(SessionNotHeldException.class);
        assertThatThrownBy(() -> progress.saveHomework(member.getId(), second, true, null)).isInstanceOf(SessionNotHeldException.class);

        Cohort future = cohort(facilitator, 2, LocalDate.now().plusWeeks(1));
        Account later = joined(future);
        assertThatThrownBy(() -> progress.mark(facilitator.getId(), sessions(future).get(0).getId(), later.getId(), PRESENT))
                .isInstanceOf(SessionNotHeldException.class);
        assertThat(progress.markRestPresent(facilitator.getId(), first)).as("the member was marked already").isZero();
    }

    @Test
    void attendingFiresSessionAttendedAndCompletionFiresOnce() {
        Account facilitator = facilitator();
        Cohort cohort = cohortInThePast(facilitator, 4);
        Account keen = joined(cohort);
        Account drifting = joined(cohort);
        Account steady = joined(cohort);
        List<Long> s = sessions(cohort).stream().map(CohortSession::getId).toList();
        long f = facilitator.getId();

        assertThat(progress.markRestPresent(f, s.get(0))).isEqualTo(3);
        progress.mark(f, s.get(1), keen.getId(), PRESENT);
        progress.mark(f, s.get(1), drifting.getId(), EXCUSED);
        progress.mark(f, s.get(1), steady.getId(), PRESENT);
        progress.mark(f, s.get(2), keen.getId(), LATE);
        progress.mark(f, s.get(2), drifting.getId(), ABSENT);
        progress.mark(f, s.get(2), steady.getId(), PRESENT);
        assertThat(events.completedIn(cohort.getId())).as("3 of 4 attended once the last session has started")
                .extracting(ProgrammeCompleted::memberId).containsExactlyInAnyOrder(keen.getId(), steady.getId());
        progress.mark(f, s.get(3), keen.getId(), PRESENT);
        progress.mark(f, s.get(3), drifting.getId(), ABSENT);
        progress.mark(f, s.get(3), steady.getId(), EXCUSED);
        progress.mark(f, s.get(2), keen.getId(), PRESENT);

        assertThat(events.completedIn(cohort.getId())).as("never twice").hasSize(2)
                .allSatisfy(e -> assertThat(e.versionId()).isEqualTo(cohort.getVersionId()));
        assertThat(events.attendedIn(cohort.getId())).filteredOn(e -> e.memberId() == keen.getId())
                .as("late to present is not a second attendance").extracting(SessionAttended::sessionNumber)
                .containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(events.attendedIn(cohort.getId())).filteredOn(e -> e.memberId() == drifting.getId()).hasSize(1);
        assertThat(progress.memberProgress(keen.getId(), cohort.getId(), keen.getId()).completed()).isTrue();
        assertThat(progress.memberProgress(drifting.getId(), cohort.getId(), drifting.getId()).completed()).isFalse();

        progress.saveHomework(keen.getId(), s.get(2), true, null);
        progress.saveHomework(keen.getId(), s.get(3), true, "Kept a thought diary all week.");
        progress.saveHomework(steady.getId(), s.get(3), true, null);

        CohortFigures figures = progress.figures(f, cohort.getId());
        assertThat(figures.enrolled()).isEqualTo(3);
        assertThat(figures.total()).as("keen's late became present").isEqualTo(new AttendanceCounts(8, 0, 2, 2));
        assertThat(figures.total().attendanceRate().getAsDouble()).isCloseTo(8 / 12.0, within(1e-9));
        assertThat(figures.total().noShowRate().getAsDouble()).isCloseTo(2 / 12.0, within(1e-9));
        assertThat(figures.sessions()).hasSize(4);
        assertThat(figures.sessions().get(3).counts()).isEqualTo(new AttendanceCounts(1, 0, 1, 1));
        assertThat(figures.homeworkDone()).isEqualTo(3);
        assertThat(figures.atRisk()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo(drifting.getId());
            assertThat(r.reasons()).containsExactlyInAnyOrder(Reason.ABSENT_TWICE, Reason.HOMEWORK_MISSED);
        });
        assertThat(figures.reflections()).filteredOn(r -> r.reflection().isPresent()).singleElement()
                .satisfies(r -> assertThat(r.reflection()).isEqualTo(Optional.of("Kept a thought diary all week.")));

        MemberProgress mine = progress.memberProgress(keen.getId(), cohort.getId(), keen.getId());
        assertThat(mine.attended()).isEqualTo(4);
        assertThat(mine.sessionsInProgramme()).isEqualTo(4);
        assertThat(mine.homeworkDone()).isEqualTo(2);
        assertThat(mine.percent()).isEqualTo(100);
    }

    private List<CohortSession> sessions(Cohort cohort) {
        return cohort.getSessions();
    }

    /** Weekly sessions that have all started: the first Tuesday on or after a day {@code count + 1} weeks ago. */
    private Cohort cohortInThePast(Account facilitator, int count) {
        return cohort(facilitator, count, LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(count + 1L));
    }

    private Cohort cohort(Account facilitator, int count, LocalDate from) {
        Curriculum draft = curricula.create(facilitator.getId(),
                new CurriculumDetails("Managing low mood", "Adults waiting for therapy", "A short skills group."));
        for (int i = 1; i <= count; i++) {
            curricula.addSession(facilitator.getId(), draft.getId(),
                    new SessionContent("Session " + i, "Topic " + i, "About it.", "Try it in pairs.", "Practise once a day."));
        }
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Tuesday group", 8, ZoneId.of("Europe/London"), "Room 1", EnrolmentMode.OPEN),
                new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), from, 90));
    }

    private Account joined(Cohort cohort) {
        Account member = member();
        cohorts.join(member.getId(), cohort.getId());
        return member;
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Account facilitator() {
        return TestPeople.newFacilitator(accounts);
    }
}
