package org.peersupport.portal.curriculum.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.CurriculumAudit;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.ReminderService;
import org.peersupport.portal.notification.SubjectRef;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.RefusedException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Cohorts: facilitators run a published curriculum version for a group on a weekly schedule,
 * members take places. A place is only taken with the cohort row locked, so the count of
 * enrolled members never passes the capacity however many join at once. Every change is audited.
 * What people see of cohorts is read by {@link CohortViews}.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    public static final String SUBJECT_COHORT = "COHORT";
    /** Reminders are kept per session, so moving or cancelling one touches only its own. */
    public static final String SUBJECT_SESSION = "COHORT_SESSION";
    private static final String FACILITATORS_ONLY = "Only facilitators run cohorts";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountStanding standing;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReminderService reminders;

    public Cohort createCohort(long facilitatorId, long versionId, @NotNull @Valid CohortDetails details, @NotNull @Valid WeeklyRule rule) {
        access.require(facilitatorId, Role.FACILITATOR, FACILITATORS_ONLY);
        CurriculumVersion version = em.find(CurriculumVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("curriculum version " + versionId);
        }
        Cohort cohort = new Cohort(versionId, version.getSessions().size(), details, rule, facilitatorId, clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(facilitatorId, CurriculumAudit.COHORT_CREATED, SUBJECT_COHORT, cohort.getId(),
                cohort.getName() + " (version " + version.getNumber() + " of curriculum " + version.getCurriculumId() + ")");
        return loaded(cohort);
    }

    /** Adds a co-facilitator; any facilitator of the cohort (or an admin) may, and the new one must be a facilitator. */
    public Cohort addFacilitator(long actorId, long cohortId, long facilitatorId) {
        Cohort cohort = managed(actorId, cohortId);
        access.require(facilitatorId, Role.FACILITATOR, FACILITATORS_ONLY);
        cohort.addFacilitator(facilitatorId);
        audit.record(actorId, CurriculumAudit.COHORT_FACILITATOR_ADDED, SUBJECT_COHORT, cohortId, "account " + facilitatorId);
        return loaded(cohort);
    }

    public CohortSession moveSession(long actorId, long cohortId, long sessionId, @NotNull Instant newStart) {
        Cohort cohort = managed(actorId, cohortId);
        CohortSession session = sessionOf(cohort, sessionId);
        if (!newStart.isAfter(clock.instant())) {
            throw new StartInPastException();
        }
        Instant oldStart = session.getStartsAt();
        session.moveTo(newStart);
        audit.record(actorId, CurriculumAudit.COHORT_SESSION_MOVED, SUBJECT_COHORT, cohortId,
                "session " + session.getNumber() + ": " + oldStart + " -> " + newStart);
        tellEnrolled(cohort, NotificationKind.COHORT_SESSION_MOVED, List.of(newStart.toString(), cohort.getName()));
        SubjectRef subject = sessionSubject(session);
        reminders.cancel(subject);
        enrolledIds(cohort).forEach(memberId -> remind(cohort, session, memberId));
        return session;
    }

    public CohortSession cancelSession(long actorId, long cohortId, long sessionId) {
        Cohort cohort = managed(actorId, cohortId);
        CohortSession session = sessionOf(cohort, sessionId);
        session.cancel();
        audit.record(actorId, CurriculumAudit.COHORT_SESSION_CANCELLED, SUBJECT_COHORT, cohortId, "session " + session.getNumber());
        tellEnrolled(cohort, NotificationKind.COHORT_SESSION_CANCELLED, List.of(session.getStartsAt().toString(), cohort.getName()));
        reminders.cancel(sessionSubject(session));
        return session;
    }

    /** OPEN cohorts: the member takes a place straight away while one remains. */
    public Enrolment join(long memberId, long cohortId) {
        standing.requireActive(memberId);
        Cohort cohort = locked(cohortId);
        requireMode(cohort, EnrolmentMode.OPEN);
        Enrolment enrolment = takePlace(cohort, memberId);
        audit.record(memberId, CurriculumAudit.COHORT_JOINED, SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    /** REQUEST cohorts: the member asks; a facilitator approves later. */
    public Enrolment requestPlace(long memberId, long cohortId) {
        standing.requireActive(memberId);
        Cohort cohort = find(cohortId);
        requireMode(cohort, EnrolmentMode.REQUEST);
        refuseOwnFacilitator(cohort, memberId);
        Enrolment enrolment = enrolmentOf(cohortId, memberId).orElse(null);
        if (enrolment != null && enrolment.getStatus() == EnrolmentStatus.ENROLLED) {
            return enrolment;
        }
        enrolment = upsert(cohortId, memberId, EnrolmentStatus.REQUESTED);
        audit.record(memberId, CurriculumAudit.COHORT_PLACE_REQUESTED, SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    public Enrolment approve(long actorId, long cohortId, long memberId) {
        Cohort cohort = managed(actorId, cohortId);
        Enrolment request = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .orElseThrow(() -> new NotFoundException("request of " + memberId + " for cohort " + cohortId));
        Enrolment enrolment = takePlace(cohort, request.getMemberId());
        audit.record(actorId, CurriculumAudit.COHORT_REQUEST_APPROVED, SUBJECT_COHORT, cohortId, "member " + memberId);
        notifications.notify(memberId, NotificationKind.COHORT_PLACE_CONFIRMED, link(cohortId), List.of(cohort.getName()));
        return enrolment;
    }

    public Enrolment declineRequest(long actorId, long cohortId, long memberId) {
        managed(actorId, cohortId);
        Enrolment request = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .orElseThrow(() -> new NotFoundException("request of " + memberId + " for cohort " + cohortId));
        request.moveTo(EnrolmentStatus.DECLINED, clock.instant());
        audit.record(actorId, CurriculumAudit.COHORT_REQUEST_DECLINED, SUBJECT_COHORT, cohortId, "member " + memberId);
        return request;
    }

    /** A facilitator invites a member (any mode); the place is taken only when the member accepts. */
    public Enrolment invite(long actorId, long cohortId, long memberId) {
        Cohort cohort = managed(actorId, cohortId);
        accounts.getAccount(memberId);
        refuseOwnFacilitator(cohort, memberId);
        Enrolment enrolment = enrolmentOf(cohortId, memberId).orElse(null);
        if (enrolment != null && enrolment.getStatus() == EnrolmentStatus.ENROLLED) {
            return enrolment;
        }
        enrolment = upsert(cohortId, memberId, EnrolmentStatus.INVITED);
        audit.record(actorId, CurriculumAudit.COHORT_MEMBER_INVITED, SUBJECT_COHORT, cohortId, "member " + memberId);
        notifications.notify(memberId, NotificationKind.COHORT_INVITATION, link(cohortId), List.of(cohort.getName()));
        return enrolment;
    }

    /** Invites the member with this e-mail address; staff know the people they invite by their address. */
    public Enrolment inviteByEmail(long actorId, long cohortId, String email) {
        managed(actorId, cohortId);
        Account member = memberWithEmail(email).orElseThrow(UnknownMemberException::new);
        return invite(actorId, cohortId, member.getId());
    }

    /** Why an invitation to this address would be refused, as a message key: no member has it, or a facilitator of the cohort does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> invitationRefusal(long cohortId, String email) {
        Optional<Account> member = memberWithEmail(email);
        if (member.isEmpty()) {
            return Optional.of(UnknownMemberException.REASON);
        }
        return find(cohortId).isFacilitatedBy(member.get().getId()) ? Optional.of("cohort.invite.facilitator") : Optional.empty();
    }

    private Optional<Account> memberWithEmail(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip());
    }

    public Enrolment accept(long memberId, long cohortId) {
        standing.requireActive(memberId);
        Cohort cohort = locked(cohortId);
        enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.INVITED)
                .orElseThrow(() -> new NotPermittedException("Only an invited member accepts a place"));
        Enrolment enrolment = takePlace(cohort, memberId);
        audit.record(memberId, CurriculumAudit.COHORT_INVITATION_ACCEPTED, SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    public Enrolment declineInvitation(long memberId, long cohortId) {
        Enrolment invitation = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.INVITED)
                .orElseThrow(() -> new NotFoundException("invitation of " + memberId + " to cohort " + cohortId));
        invitation.moveTo(EnrolmentStatus.DECLINED, clock.instant());
        audit.record(memberId, CurriculumAudit.COHORT_INVITATION_DECLINED, SUBJECT_COHORT, cohortId, null);
        return invitation;
    }

    /** The member gives the place back (or withdraws a request). */
    public Enrolment leave(long memberId, long cohortId) {
        Cohort cohort = locked(cohortId);
        Enrolment enrolment = enrolmentOf(cohortId, memberId)
                .orElseThrow(() -> new NotFoundException("enrolment of " + memberId + " in cohort " + cohortId));
        enrolment.moveTo(EnrolmentStatus.LEFT, clock.instant());
        reminders.cancel(SUBJECT_SESSION, cohort.getSessions().stream().map(CohortSession::getId).toList(), memberId);
        audit.record(memberId, CurriculumAudit.COHORT_LEFT, SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    /** Only with the cohort row locked: counts the enrolled and refuses when no place is left. */
    private Enrolment takePlace(Cohort cohort, long memberId) {
        Optional<Enrolment> existing = enrolmentOf(cohort.getId(), memberId);
        if (existing.filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).isPresent()) {
            return existing.get();
        }
        refuseOwnFacilitator(cohort, memberId);
        if (placesLeft(cohort) <= 0) {
            throw new CohortFullException();
        }
        Enrolment enrolment = upsert(cohort.getId(), memberId, EnrolmentStatus.ENROLLED);
        Instant now = clock.instant();
        cohort.getSessions().stream().filter(s -> !s.isCancelled() && s.getStartsAt().isAfter(now))
                .forEach(session -> remind(cohort, session, memberId));
        return enrolment;
    }

    /** A facilitator runs the group; a place in it would count against the members' capacity. */
    private static void refuseOwnFacilitator(Cohort cohort, long memberId) {
        if (cohort.isFacilitatedBy(memberId)) {
            throw new NotPermittedException("A facilitator of the cohort does not take a place in it");
        }
    }

    private void remind(Cohort cohort, CohortSession session, long memberId) {
        reminders.schedule(memberId, NotificationKind.SESSION_REMINDER, sessionSubject(session), session.getStartsAt(),
                link(cohort.getId()), ReminderService.DAY_AND_HOUR_BEFORE);
    }

    private static SubjectRef sessionSubject(CohortSession session) {
        return new SubjectRef(SUBJECT_SESSION, session.getId());
    }

    private List<Long> enrolledIds(Cohort cohort) {
        return em.createNamedQuery(Enrolment.WITH_STATUS, Enrolment.class).setParameter("cohort", cohort.getId())
                .setParameter("status", EnrolmentStatus.ENROLLED).getResultList().stream().map(Enrolment::getMemberId).toList();
    }

    private Enrolment upsert(long cohortId, long memberId, EnrolmentStatus status) {
        Instant now = clock.instant();
        Enrolment enrolment = enrolmentOf(cohortId, memberId).orElse(null);
        if (enrolment == null) {
            enrolment = new Enrolment(cohortId, memberId, status, now);
            em.persist(enrolment);
        } else {
            enrolment.moveTo(status, now);
        }
        em.flush();
        return enrolment;
    }

    private int placesLeft(Cohort cohort) {
        long enrolled = em.createNamedQuery(Enrolment.COUNT_WITH_STATUS, Long.class).setParameter("cohort", cohort.getId())
                .setParameter("status", EnrolmentStatus.ENROLLED).getSingleResult();
        return Math.max(0, cohort.getCapacity() - (int) enrolled);
    }

    private void tellEnrolled(Cohort cohort, NotificationKind kind, List<String> params) {
        enrolledIds(cohort).forEach(memberId -> notifications.notify(memberId, kind, link(cohort.getId()), params));
    }

    private static String link(long cohortId) {
        return "/programmes/cohort.xhtml?id=" + cohortId;
    }

    private Optional<Enrolment> enrolmentOf(long cohortId, long memberId) {
        return em.createNamedQuery(Enrolment.OF_MEMBER, Enrolment.class).setParameter("cohort", cohortId)
                .setParameter("member", memberId).getResultStream().findFirst();
    }

    private static void requireMode(Cohort cohort, EnrolmentMode mode) {
        if (cohort.getMode() != mode) {
            throw new NotPermittedException("This cohort takes members by " + cohort.getMode());
        }
    }

    private static CohortSession sessionOf(Cohort cohort, long sessionId) {
        try {
            return cohort.session(sessionId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("session " + sessionId);
        }
    }

    /** The cohort locked for the actor, who must be one of its facilitators or an admin. */
    private Cohort managed(long actorId, long cohortId) {
        Cohort cohort = locked(cohortId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, "Only the cohort's facilitators, or an admin, manage it");
        return cohort;
    }

    private Cohort locked(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private Cohort find(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private static Cohort loaded(Cohort cohort) {
        cohort.getSessions().size();
        return cohort;
    }

    /** No place is left in the cohort. */
    public static class CohortFullException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CohortFullException() {
            super("The cohort has no free place");
        }
    }

    /** A session is only moved to a time still to come. */
    public static class StartInPastException extends RefusedException {
        private static final long serialVersionUID = 1L;

        public StartInPastException() {
            super("cohort.move.past", List.of());
        }
    }

    /** No account has the e-mail address given for an invitation. */
    public static class UnknownMemberException extends RefusedException {
        private static final long serialVersionUID = 1L;
        static final String REASON = "cohort.invite.unknown";

        public UnknownMemberException() {
            super(REASON, List.of());
        }
    }
}
