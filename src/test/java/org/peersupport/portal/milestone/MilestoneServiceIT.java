package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.peersupport.portal.curriculum.progress.ProgrammeCompleted;
import org.peersupport.portal.curriculum.progress.SessionAttended;
import org.peersupport.portal.mentoring.MentorApproved;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.mentoring.MentorshipEnded;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.TestCrowd;
import org.peersupport.portal.testsupport.TestPeople;
import org.peersupport.portal.workshop.WorkshopAttended;

/**
 * Milestones inside Payara Micro against MariaDB: each rule is reached from the event of the feature
 * that owns the step (fired as that feature fires it), once however often or however concurrently
 * the event arrives.
 */
@ExtendWith(ArquillianExtension.class)
class MilestoneServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(MilestoneServiceIT.class, TestPeople.class, TestCrowd.class, InTransaction.class);
    }

    @Inject
    private MilestoneService milestones;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private TestCrowd crowd;

    @Inject
    private CertificateVerification verification;

    @Inject
    private org.peersupport.portal.milestone.badge.CredentialStatuses statuses;

    @Inject
    private Clock clock;

    @Inject
    private Event<SessionAttended> sessionAttended;

    @Inject
    private Event<ProgrammeCompleted> programmeCompleted;

    @Inject
    private Event<WorkshopAttended> workshopAttended;

    @Inject
    private Event<MentorshipEnded> mentorshipEnded;

    @Inject
    private Event<MentorApproved> mentorApproved;

    @Resource
    private UserTransaction transaction;

    // A plain pool's threads inherit the test thread's invocation context, and Payara then at times refused
    // them a UserTransaction ("Operation not allowed", seen under load in a full run): each task runs with
    // the test's own context instead.
    @Resource
    private ContextService context;

    private static long sources = System.nanoTime() % 1_000_000_000L;

    private static long nextSource() {
        return ++sources;
    }

    private MilestoneDefinition define(Account facilitator, MilestoneRule rule, int threshold) {
        return milestones.define(facilitator.getId(), new MilestoneDefinitionDetails(rule + " " + UUID.randomUUID().toString().substring(0, 6),
                "Recognises " + rule, MilestoneIcon.STAR, rule, threshold));
    }

    private List<Long> heldBy(long memberId) {
        return milestones.awardsOf(memberId).stream().map(MilestoneAward::getDefinitionId).toList();
    }

    private void attendSession(long memberId, long cohortSessionId, Instant at) throws Exception {
        InTransaction.run(transaction, () -> sessionAttended.fire(new SessionAttended(memberId, 1, cohortSessionId, 1, at)));
    }

    @Test
    void attendingTheThresholdOfSessionsAwardsOnceAndARepeatedEventCountsNothing() throws Exception {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition three = define(facilitator, MilestoneRule.SESSIONS_ATTENDED, 3);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long first = nextSource();
        long second = nextSource();

        attendSession(member, first, clock.instant());
        attendSession(member, second, clock.instant());
        attendSession(member, second, clock.instant());
        attendSession(member, first, clock.instant());
        assertThat(milestones.progressOf(member).count(ProgressKind.SESSION_ATTENDED)).as("a repeated event counts once").isEqualTo(2);
        assertThat(heldBy(member)).doesNotContain(three.getId());

        attendSession(member, nextSource(), clock.instant());
        assertThat(heldBy(member)).containsOnlyOnce(three.getId());
        attendSession(member, nextSource(), clock.instant());
        assertThat(heldBy(member)).containsOnlyOnce(three.getId());
        // Other tests' milestones may be reached by the same steps: count the notices that name this one.
        assertThat(notifications.page(member, 0, 20)).filteredOn(n -> n.getKind() == NotificationKind.MILESTONE_REACHED)
                .filteredOn(n -> n.getParams().contains(three.getName())).hasSize(1);
        MilestoneAward award = milestones.awardsOf(member).get(0);
        assertThat(award.getAwardedBy()).as("reached, not given by hand").isNull();
        assertThat(award.isShowName()).as("private by default").isFalse();
        assertThat(award.isShowMilestone()).isFalse();
        assertThat(VerificationCode.read(award.getVerificationCode()).isCode()).isTrue();
    }

    @Test
    void programmeWorkshopMentorshipAndTrainingRulesAreEachReachedFromTheirOwnEvent() throws Exception {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition programme = define(facilitator, MilestoneRule.PROGRAMME_COMPLETED, 1);
        MilestoneDefinition twoWorkshops = define(facilitator, MilestoneRule.WORKSHOPS_ATTENDED, 2);
        MilestoneDefinition concluded = define(facilitator, MilestoneRule.MENTORSHIP_CONCLUDED, 1);
        MilestoneDefinition trained = define(facilitator, MilestoneRule.MENTOR_TRAINING_COMPLETED, 1);
        MilestoneDefinition byHand = define(facilitator, MilestoneRule.BY_HAND, 1);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long mentor = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        Instant now = clock.instant();

        long cohort = nextSource();
        InTransaction.run(transaction, () -> programmeCompleted.fire(new ProgrammeCompleted(member, cohort, 1, now)));
        InTransaction.run(transaction, () -> programmeCompleted.fire(new ProgrammeCompleted(member, cohort, 1, now)));
        assertThat(heldBy(member)).containsExactly(programme.getId());

        long workshop = nextSource();
        InTransaction.run(transaction, () -> workshopAttended.fire(new WorkshopAttended(member, workshop, now)));
        InTransaction.run(transaction, () -> workshopAttended.fire(new WorkshopAttended(member, workshop, now)));
        assertThat(heldBy(member)).as("the same workshop twice is one workshop").doesNotContain(twoWorkshops.getId());
        InTransaction.run(transaction, () -> workshopAttended.fire(new WorkshopAttended(member, nextSource(), now)));
        assertThat(heldBy(member)).contains(twoWorkshops.getId());

        long rematched = nextSource();
        InTransaction.run(transaction, () -> mentorshipEnded.fire(new MentorshipEnded(rematched, mentor, member, Mentorship.EndKind.REMATCH)));
        assertThat(heldBy(member)).as("a mentorship ended for a rematch is not concluded").doesNotContain(concluded.getId());
        long completed = nextSource();
        InTransaction.run(transaction, () -> mentorshipEnded.fire(new MentorshipEnded(completed, mentor, member, Mentorship.EndKind.COMPLETED)));
        assertThat(heldBy(member)).contains(concluded.getId());
        assertThat(heldBy(mentor)).as("the mentor concluded it too").contains(concluded.getId());

        InTransaction.run(transaction, () -> mentorApproved.fire(new MentorApproved(mentor, facilitator.getId(), now)));
        InTransaction.run(transaction, () -> mentorApproved.fire(new MentorApproved(mentor, facilitator.getId(), now)));
        assertThat(heldBy(mentor)).containsOnlyOnce(trained.getId());
        assertThat(heldBy(member)).doesNotContain(trained.getId(), byHand.getId());
        assertThat(heldBy(mentor)).doesNotContain(byHand.getId());
    }

    @Test
    void fourWeeksInARowReachTheStreakAndAGapDoesNot() throws Exception {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition fourWeeks = define(facilitator, MilestoneRule.WEEKLY_STREAK, 4);
        long steady = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long gappy = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        Instant now = clock.instant();

        for (int weeksAgo = 3; weeksAgo >= 0; weeksAgo--) {
            attendSession(steady, nextSource(), now.minus(Duration.ofDays(7L * weeksAgo)));
            if (weeksAgo != 2) {
                attendSession(gappy, nextSource(), now.minus(Duration.ofDays(7L * weeksAgo)));
            }
        }
        attendSession(gappy, nextSource(), now.minus(Duration.ofDays(7L * 9)));

        assertThat(heldBy(steady)).contains(fourWeeks.getId());
        assertThat(milestones.progressOf(steady).currentStreakWeeks()).isEqualTo(4);
        assertThat(heldBy(gappy)).doesNotContain(fourWeeks.getId());
        assertThat(milestones.progressOf(gappy).longestStreakWeeks()).isEqualTo(2);
    }

    @Test
    void eventsArrivingAtTheSameTimeAwardExactlyOnce() throws Exception {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition two = define(facilitator, MilestoneRule.SESSIONS_ATTENDED, 2);
        long template = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        List<Long> members = crowd.copiesOf(template, 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (long member : members) {
                long a = nextSource();
                long b = nextSource();
                // Two different sessions at once (both complete the milestone) and the same one twice.
                for (long source : List.of(a, b, a, b)) {
                    Callable<Void> attend = () -> {
                        start.await();
                        attendSession(member, source, clock.instant());
                        return null;
                    };
                    done.add(pool.submit(context.createContextualProxy(attend, Callable.class)));
                }
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (long member : members) {
            assertThat(heldBy(member)).as("member %d", member).containsOnlyOnce(two.getId());
            assertThat(milestones.progressOf(member).count(ProgressKind.SESSION_ATTENDED)).isEqualTo(2);
        }
    }

    @Test
    void aFacilitatorAwardsByHandWithANoteOnceAndRevokesWithAReason() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition welcome = define(facilitator, MilestoneRule.BY_HAND, 1);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();

        MilestoneAward award = milestones.awardByHand(facilitator.getId(), member, welcome.getId(), "  You helped others feel welcome.  ");
        assertThat(award.getNote()).isEqualTo("You helped others feel welcome.");
        assertThat(award.getAwardedBy()).isEqualTo(facilitator.getId());
        assertThatThrownBy(() -> milestones.awardByHand(facilitator.getId(), member, welcome.getId(), null))
                .isInstanceOf(MilestoneRefusedException.class).hasMessage("milestone.award.already");
        assertThatThrownBy(() -> milestones.awardByHand(member, member, welcome.getId(), "self"))
                .as("a member cannot award themself").isInstanceOf(NotPermittedException.class);

        assertThatThrownBy(() -> milestones.revoke(facilitator.getId(), award.getId(), "  "))
                .isInstanceOf(MilestoneRefusedException.class).hasMessage("milestone.revoke.reason.required");
        assertThat(statuses.standingOf(award.getCredentialId())).contains(org.peersupport.portal.milestone.badge.CredentialStanding.ACTIVE);
        assertThat(statuses.standingOf(UUID.randomUUID())).as("never issued").isEmpty();
        milestones.revoke(facilitator.getId(), award.getId(), "Awarded to the wrong person");
        assertThat(statuses.standingOf(award.getCredentialId())).as("the badge's status list says so")
                .contains(org.peersupport.portal.milestone.badge.CredentialStanding.REVOKED);
        MilestoneAward revoked = milestones.awardByCode(award.getVerificationCode()).orElseThrow();
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.getRevocationReason()).isEqualTo("Awarded to the wrong person");
        assertThat(milestones.awardByCredential(award.getCredentialId())).map(MilestoneAward::isRevoked).contains(true);
        assertThatThrownBy(() -> milestones.revoke(facilitator.getId(), award.getId(), "again"))
                .isInstanceOf(MilestoneRefusedException.class).hasMessage("milestone.revoke.already");
    }

    @Test
    void aRetiredMilestoneIsNoLongerReachedButThoseWhoHoldItKeepIt() throws Exception {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition one = define(facilitator, MilestoneRule.SESSIONS_ATTENDED, 1);
        long early = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long late = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        attendSession(early, nextSource(), clock.instant());
        milestones.retire(facilitator.getId(), one.getId());
        attendSession(late, nextSource(), clock.instant());

        assertThat(heldBy(early)).contains(one.getId());
        assertThat(heldBy(late)).doesNotContain(one.getId());
        assertThatThrownBy(() -> milestones.awardByHand(facilitator.getId(), late, one.getId(), null))
                .isInstanceOf(MilestoneRefusedException.class).hasMessage("milestone.award.retired");
    }

    @Test
    void badDefinitionsAreRefusedAndOnlyStaffDefine() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        assertThatThrownBy(() -> milestones.define(facilitator.getId(), new MilestoneDefinitionDetails(" ", "x", MilestoneIcon.STAR,
                MilestoneRule.SESSIONS_ATTENDED, 3))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> milestones.define(facilitator.getId(), new MilestoneDefinitionDetails("Name", "x", MilestoneIcon.STAR,
                MilestoneRule.SESSIONS_ATTENDED, 0))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> milestones.define(member, new MilestoneDefinitionDetails("Name", "x", MilestoneIcon.STAR,
                MilestoneRule.SESSIONS_ATTENDED, 3))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theMemberNamesCertificatesAndChoosesWhatTheVerificationPageShows() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition welcome = define(facilitator, MilestoneRule.BY_HAND, 1);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long other = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        MilestoneAward award = milestones.awardByHand(facilitator.getId(), member, welcome.getId(), null);

        assertThat(milestones.certificateNameOf(member)).isEmpty();
        milestones.nameCertificates(member, "  Zoë Ñúñez-Łukasiewicz  ");
        assertThat(milestones.certificateNameOf(member)).contains("Zoë Ñúñez-Łukasiewicz");
        assertThatThrownBy(() -> milestones.nameCertificates(member, "x".repeat(121))).isInstanceOf(MilestoneRefusedException.class);
        assertThat(milestones.certificateNameOf(member)).as("the refused name changed nothing").contains("Zoë Ñúñez-Łukasiewicz");

        milestones.share(member, award.getId(), true, false);
        MilestoneAward shared = milestones.awardByCode(award.getVerificationCode()).orElseThrow();
        assertThat(shared.isShowName()).isTrue();
        assertThat(shared.isShowMilestone()).isFalse();
        assertThatThrownBy(() -> milestones.share(other, award.getId(), true, true))
                .as("nobody else changes what the member shares").isInstanceOf(org.peersupport.portal.shared.NotFoundException.class);
    }

    @Test
    void theVerificationHidesWhatTheMemberDidNotShareAndSaysRevoked() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition welcome = define(facilitator, MilestoneRule.BY_HAND, 1);
        Account member = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        milestones.nameCertificates(member.getId(), "Мария Иванова");
        MilestoneAward award = milestones.awardByHand(facilitator.getId(), member.getId(), welcome.getId(), null);
        String address = "198.51.100." + (sources % 200);

        CertificateVerification.Verification hidden = verification.verify(VerificationCode.grouped(award.getVerificationCode()), address);
        assertThat(hidden.outcome()).isEqualTo(CertificateVerification.Outcome.VALID);
        assertThat(hidden.issuedAt()).isEqualTo(award.getAwardedAt());
        assertThat(hidden.recipientName()).as("not opted in: no name").isNull();
        assertThat(hidden.milestoneName()).isNull();
        assertThat(hidden.toString()).doesNotContain("Мария", member.getDisplayName(), welcome.getName());

        milestones.share(member.getId(), award.getId(), true, true);
        CertificateVerification.Verification shown = verification.verify(award.getVerificationCode().toLowerCase(), address);
        assertThat(shown.recipientName()).isEqualTo("Мария Иванова");
        assertThat(shown.milestoneName()).isEqualTo(welcome.getName());

        milestones.revoke(facilitator.getId(), award.getId(), "Given by mistake");
        CertificateVerification.Verification revoked = verification.verify(award.getVerificationCode(), address);
        assertThat(revoked.outcome()).isEqualTo(CertificateVerification.Outcome.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.toString()).as("the reason stays with staff").doesNotContain("Given by mistake");
    }

    @Test
    void forgedAndTruncatedCodesAreToldApartAndGuessingStopsAtTheLimitForThatAddressOnly() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition welcome = define(facilitator, MilestoneRule.BY_HAND, 1);
        long member = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        String code = milestones.awardByHand(facilitator.getId(), member, welcome.getId(), null).getVerificationCode();
        String guesser = "203.0.113." + (sources % 200);
        String honest = "192.0.2." + (sources % 200);

        assertThat(verification.verify(code.substring(0, 10), guesser).problem()).isEqualTo(VerificationCode.Problem.TOO_SHORT);
        String forged = VerificationCode.generate();
        assertThat(verification.verify(forged, guesser).outcome()).as("well formed but never issued")
                .isEqualTo(CertificateVerification.Outcome.NOT_FOUND);
        for (int i = 2; i < CertificateVerification.FAILURES_ALLOWED; i++) {
            verification.verify(VerificationCode.generate(), guesser);
        }
        CertificateVerification.Verification refused = verification.verify(code, guesser);
        assertThat(refused.outcome()).as("even a real code, once the address has guessed too often")
                .isEqualTo(CertificateVerification.Outcome.TOO_MANY_TRIES);
        assertThat(refused.retryAt()).isAfter(clock.instant());
        assertThat(verification.verify(code, honest).outcome()).isEqualTo(CertificateVerification.Outcome.VALID);
    }
}
