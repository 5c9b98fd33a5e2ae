package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
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
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Mentoring inside Payara Micro against MariaDB: a coordinator's decisions on an application,
 * and the whole road from a request to a mentorship through the matching engine, choices,
 * declines, deadlines and a rematch. Each test's requests and mentors speak a language no other
 * test uses, so the shared database's other mentors never enter its matches.
 */
@ExtendWith(ArquillianExtension.class)
class MentoringServiceIT {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final WeeklyAvailability EVENINGS = new WeeklyAvailability(List.of(
            new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)),
            new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))));

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(MentoringServiceIT.class, TestPeople.class);
    }

    @Inject
    private MentoringService mentoring;

    @Inject
    private ProposalService proposals;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Test
    void aCoordinatorAsksForChangesThenApprovesAndTheMemberBecomesAMentorWhoCanPause() {
        Account admin = newAdmin();
        Account applicant = member();
        MentorProfile submitted = mentoring.apply(applicant.getId(), application(Set.of(ExperienceArea.ANXIETY), 2));
        assertThat(submitted.getStatus()).isEqualTo(MentorProfile.Status.SUBMITTED);
        assertThat(mentoring.applications(MentorProfile.Status.SUBMITTED))
                .anyMatch(p -> p.profile().getAccountId().equals(applicant.getId()));

        assertThatThrownBy(() -> mentoring.approve(applicant.getId(), applicant.getId())).isInstanceOf(NotPermittedException.class);
        mentoring.askForChanges(admin.getId(), applicant.getId(), "Please say a little more about how you support people.");
        MentorProfile sentBack = mentoring.profileOf(applicant.getId()).orElseThrow();
        assertThat(sentBack.getStatus()).isEqualTo(MentorProfile.Status.CHANGES_REQUESTED);
        assertThat(sentBack.getCoordinatorNote()).startsWith("Please say a little more");
        assertThat(latestNotice(applicant)).extracting(Notification::getKind).isEqualTo(NotificationKind.MENTOR_APPLICATION_DECIDED);
        assertThatThrownBy(() -> mentoring.approve(admin.getId(), applicant.getId())).isInstanceOf(IllegalStateException.class);

        mentoring.apply(applicant.getId(), application(Set.of(ExperienceArea.ANXIETY, ExperienceArea.GRIEF), 3));
        mentoring.approve(admin.getId(), applicant.getId());
        assertThat(accounts.getAccount(applicant.getId()).holds(Role.MENTOR)).isTrue();
        assertThat(mentoring.profileOf(applicant.getId()).orElseThrow().isTakingMentees()).isTrue();
        assertThat(mentoring.mentorsNamed(applicant.getDisplayName(), 10))
                .extracting(MentoringService.MentorChoice::accountId).contains(applicant.getId());

        mentoring.pause(applicant.getId());
        assertThat(mentoring.profileOf(applicant.getId()).orElseThrow().isTakingMentees()).isFalse();
        assertThat(mentoring.mentorsNamed(applicant.getDisplayName(), 10)).isEmpty();
        mentoring.resume(applicant.getId());

        assertThat(audit.entriesFor(MentoringService.SUBJECT_MENTOR_APPLICATION, applicant.getId(), 20))
                .extracting(AuditEntry::getAction)
                .contains("MENTOR_APPLICATION_SUBMITTED", "MENTOR_CHANGES_ASKED", "MENTOR_APPROVED", "MENTOR_PAUSED", "MENTOR_RESUMED");
    }

    @Test
    void aRequestIsMatchedChosenDeclinedMovedOnAfterThreeDaysAcceptedAndRematched() {
        Account admin = newAdmin();
        Account mentee = member();
        Account best = approvedMentor(admin, EnumSet.of(ExperienceArea.DEPRESSION, ExperienceArea.GRIEF), Set.of("eu", "en"));
        Account second = approvedMentor(admin, EnumSet.of(ExperienceArea.DEPRESSION), Set.of("eu"));
        Account third = approvedMentor(admin, EnumSet.of(ExperienceArea.OCD), Set.of("eu"));
        Account noSharedLanguage = approvedMentor(admin, EnumSet.of(ExperienceArea.DEPRESSION, ExperienceArea.GRIEF), Set.of("ar"));

        MenteeRequest request = mentoring.requestMentor(mentee.getId(), new MentorshipWish(
                EnumSet.of(ExperienceArea.DEPRESSION, ExperienceArea.GRIEF), Set.of("eu"), KYIV, EVENINGS, null, null, null, ""));
        assertThatThrownBy(() -> mentoring.requestMentor(mentee.getId(), new MentorshipWish(EnumSet.of(ExperienceArea.GRIEF),
                Set.of("eu"), KYIV, EVENINGS, null, null, null, ""))).isInstanceOf(IllegalStateException.class);

        MatchingRun run = proposals.run(admin.getId());
        List<ProposalService.ProposalLine> drafted = linesFor(run, request);
        assertThat(drafted).extracting(l -> l.proposal().getMentorId())
                .containsExactly(best.getId(), second.getId(), third.getId())
                .doesNotContain(noSharedLanguage.getId());
        assertThat(drafted.get(0).proposal().getReasons()).contains("mentoring.reason");

        proposals.publish(admin.getId(), run.getId());
        assertThat(mentoring.currentRequestOf(mentee.getId()).orElseThrow().getStatus()).isEqualTo(MenteeRequest.Status.PROPOSED);
        assertThat(latestNotice(mentee).getKind()).isEqualTo(NotificationKind.MATCH_PROPOSED);
        List<ProposalService.ProposalLine> offered = proposals.proposalsFor(mentee.getId());
        assertThat(offered).hasSize(3);

        // The mentee chooses the second; it declines, and the mentee is asked to choose again.
        proposals.choose(mentee.getId(), offered.get(1).proposal().getId());
        assertThat(latestNotice(second).getKind()).isEqualTo(NotificationKind.MENTORSHIP_OFFERED);
        assertThatThrownBy(() -> proposals.choose(mentee.getId(), offered.get(0).proposal().getId()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> proposals.accept(best.getId(), offered.get(1).proposal().getId()))
                .isInstanceOf(org.peersupport.portal.shared.NotFoundException.class);
        proposals.decline(second.getId(), offered.get(1).proposal().getId());

        // The mentee chooses the best one, who does not answer: after three days the third is asked.
        proposals.choose(mentee.getId(), offered.get(0).proposal().getId());
        assertThat(proposals.advanceOverdue(clock.instant().plus(Duration.ofDays(2)))).isZero();
        assertThat(proposals.advanceOverdue(clock.instant().plus(MentorProposal.ANSWER_WITHIN).plusSeconds(60))).isGreaterThanOrEqualTo(1);
        assertThat(proposals.proposalsFor(mentee.getId())).extracting(l -> l.proposal().getStatus())
                .containsExactly(MentorProposal.Status.EXPIRED, MentorProposal.Status.DECLINED, MentorProposal.Status.OFFERED);
        assertThat(proposals.offersTo(third.getId())).extracting(l -> l.menteeName()).containsExactly(mentee.getDisplayName());

        Mentorship mentorship = proposals.accept(third.getId(), offered.get(2).proposal().getId());
        assertThat(mentorship.isActive()).isTrue();
        assertThat(mentoring.currentRequestOf(mentee.getId())).isEmpty();
        assertThat(mentoring.mentorshipsOf(mentee.getId())).singleElement()
                .satisfies(v -> assertThat(v.otherName()).isEqualTo(third.getDisplayName()))
                .satisfies(v -> assertThat(v.side()).isEqualTo(Mentorship.Side.MENTEE));
        assertThat(latestNotice(mentee).getKind()).isEqualTo(NotificationKind.MENTORSHIP_STARTED);

        mentoring.checkIn(mentee.getId(), mentorship.getId(), 4, "Good so far.");
        assertThat(mentoring.checkInsOf(third.getId(), mentorship.getId())).isEmpty(); // each side reads only their own
        assertThat(mentoring.checkInsOf(admin.getId(), mentorship.getId())).extracting(MentorshipCheckIn::getRating).containsExactly(4);

        // A rematch: the reason stays with the coordinators, the mentee is back in the pool, and
        // the next run proposes neither the old mentor nor the ones who declined or let it lapse.
        mentoring.end(mentee.getId(), mentorship.getId(), Mentorship.EndKind.REMATCH, "We did not click.", 3, "Kind, but not for me.");
        assertThat(latestNotice(third).getKind()).isEqualTo(NotificationKind.MENTORSHIP_ENDED);
        assertThat(mentoring.recentEndings()).anySatisfy(e -> {
            assertThat(e.mentorship().getId()).isEqualTo(mentorship.getId());
            assertThat(e.mentorship().getEndReason()).isEqualTo("We did not click.");
        });
        MenteeRequest again = mentoring.currentRequestOf(mentee.getId()).orElseThrow();
        assertThat(again.getStatus()).isEqualTo(MenteeRequest.Status.WAITING);
        Account fresh = approvedMentor(admin, EnumSet.of(ExperienceArea.GRIEF), Set.of("eu"));
        MatchingRun rerun = proposals.run(admin.getId());
        assertThat(linesFor(rerun, again)).extracting(l -> l.proposal().getMentorId()).containsExactly(fresh.getId());
    }

    @Test
    void aCoordinatorOverridesADraftButNeverWithAMentorWhoSharesNoLanguage() {
        Account admin = newAdmin();
        Account mentee = member();
        Account proposed = approvedMentor(admin, EnumSet.of(ExperienceArea.TRAUMA), Set.of("gl"));
        Account chosenByCoordinator = approvedMentor(admin, EnumSet.of(ExperienceArea.CAREGIVING), Set.of("gl", "en"));
        Account otherLanguage = approvedMentor(admin, EnumSet.of(ExperienceArea.TRAUMA), Set.of("zh"));
        MenteeRequest request = mentoring.requestMentor(mentee.getId(), new MentorshipWish(EnumSet.of(ExperienceArea.TRAUMA),
                Set.of("gl"), KYIV, EVENINGS, null, null, null, "Evenings suit me best."));
        MatchingRun run = proposals.run(admin.getId());
        ProposalService.ProposalLine first = linesFor(run, request).get(0);
        assertThat(first.proposal().getMentorId()).isEqualTo(proposed.getId());

        assertThatThrownBy(() -> proposals.override(admin.getId(), first.proposal().getId(), otherLanguage.getId()))
                .isInstanceOf(ProposalService.OverrideRefusedException.class).hasMessage("mentoring.override.noLanguage");
        assertThatThrownBy(() -> proposals.override(mentee.getId(), first.proposal().getId(), chosenByCoordinator.getId()))
                .isInstanceOf(NotPermittedException.class);
        ProposalService.ProposalLine secondPlace = linesFor(run, request).get(1);
        assertThat(secondPlace.proposal().getMentorId()).isEqualTo(chosenByCoordinator.getId());
        assertThatThrownBy(() -> proposals.override(admin.getId(), first.proposal().getId(), chosenByCoordinator.getId()))
                .isInstanceOf(ProposalService.OverrideRefusedException.class).hasMessage("mentoring.override.already");

        Account newcomer = approvedMentor(admin, EnumSet.of(ExperienceArea.GRIEF), Set.of("gl"));
        proposals.override(admin.getId(), first.proposal().getId(), newcomer.getId());
        ProposalService.ProposalLine overridden = linesFor(run, request).get(0);
        assertThat(overridden.proposal().getMentorId()).isEqualTo(newcomer.getId());
        assertThat(overridden.proposal().isOverridden()).isTrue();
        assertThat(audit.entriesFor(ProposalService.SUBJECT_MATCHING_RUN, run.getId(), 10)).extracting(AuditEntry::getAction)
                .contains("MATCHING_RUN", "MATCH_OVERRIDDEN");
    }

    private List<ProposalService.ProposalLine> linesFor(MatchingRun run, MenteeRequest request) {
        return proposals.proposalsOf(run.getId(), 0, 100_000).stream()
                .filter(l -> l.proposal().getRequestId() == request.getId()).toList();
    }

    private Account approvedMentor(Account admin, Set<ExperienceArea> areas, Set<String> languages) {
        Account mentor = member();
        mentoring.apply(mentor.getId(), new MentorApplication(areas, "", languages, KYIV, EVENINGS, 2, null, null,
                "I lived through this and came out the other side; I like to listen first and share what helped.", true));
        mentoring.approve(admin.getId(), mentor.getId());
        return mentor;
    }

    private static MentorApplication application(Set<ExperienceArea> areas, int capacity) {
        return new MentorApplication(areas, "", Set.of("uk"), KYIV, EVENINGS, capacity, Gender.WOMAN, AgeBand.FROM_35_TO_44,
                "Ten years of living with anxiety taught me a lot; I listen, and I share the small things that helped.", true);
    }

    private Notification latestNotice(Account account) {
        return notifications.page(account.getId(), 0, 1).get(0);
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/Kyiv", "en"));
    }

    private Account newAdmin() {
        Account admin = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        return admin;
    }
}
