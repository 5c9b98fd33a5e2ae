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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.CurriculumVersionSession;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.ReminderService;
import org.peersupport.portal.notification.SubjectRef;
import org.peersupport.portal.shared.NotFoundException;

/**
 * Cohorts: facilitators run a published curriculum version for a group on a weekly schedule,
 * members take places. A place is only taken with the cohort row locked, so the count of
 * enrolled members never passes the capacity however many join at once. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    public static final String SUBJECT_COHORT = "COHORT";
    /** Reminders are kept per session, so moving or cancelling one touches only its own. */
    public static final String SUBJECT_SESSION = "COHORT_SESSION";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountStanding standing;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReminderService reminders;

    /** One session as a viewer sees it: the dates of the cohort with the title and topic of the version. */
    public record SessionView(long id, int number, String title, String topic, Instant startsAt, Instant endsAt,
            boolean cancelled, int sequence) {}

    /** A member or staff name next to an enrolment, for the facilitator's lists. */
    public record MemberEntry(long memberId, String displayName, EnrolmentStatus status) {}

    /**
     * A cohort as one viewer may see it. {@code location} is empty unless the viewer is enrolled
     * or is one of its facilitators or an admin; {@code pending} lists requests and invitations for staff only.
     */
    public record CohortView(long id, String name, String curriculumTitle, String audience, long versionId,
            List<String> facilitatorNames, EnrolmentMode mode, int capacity, int placesLeft, ZoneId timeZone,
            Optional<String> location, Optional<EnrolmentStatus> viewerStatus, boolean staff,
            List<SessionView> upcoming, List<MemberEntry> members) {

        public boolean isEnrolled() {
            return viewerStatus.filter(EnrolmentStatus.ENROLLED::equals).isPresent();
        }

        public boolean isInvited() {
            return viewerStatus.filter(EnrolmentStatus.INVITED::equals).isPresent();
        }

        public boolean isRequested() {
            return viewerStatus.filter(EnrolmentStatus.REQUESTED::equals).isPresent();
        }

        public boolean isFull() {
            return placesLeft <= 0;
        }
    }

    /** A cohort in a list: enough to choose one. */
    public record CohortSummary(long id, String name, String curriculumTitle, EnrolmentMode mode, int placesLeft, int capacity,
            Optional<Instant> nextSession) {}

    public Cohort createCohort(long facilitatorId, long versionId, @NotNull @Valid CohortDetails details, @NotNull @Valid WeeklyRule rule) {
        requireFacilitator(facilitatorId);
        CurriculumVersion version = em.find(CurriculumVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("curriculum version " + versionId);
        }
        Cohort cohort = new Cohort(versionId, version.getSessions().size(), details, rule, facilitatorId, clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(facilitatorId, "COHORT_CREATED", SUBJECT_COHORT, cohort.getId(),
                cohort.getName() + " (version " + version.getNumber() + " of curriculum " + version.getCurriculumId() + ")");
        return loaded(cohort);
    }

    /** Adds a co-facilitator; any facilitator of the cohort (or an admin) may, and the new one must be a facilitator. */
    public Cohort addFacilitator(long actorId, long cohortId, long facilitatorId) {
        Cohort cohort = managed(actorId, cohortId);
        requireFacilitator(facilitatorId);
        cohort.addFacilitator(facilitatorId);
        audit.record(actorId, "COHORT_FACILITATOR_ADDED", SUBJECT_COHORT, cohortId, "account " + facilitatorId);
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
        audit.record(actorId, "COHORT_SESSION_MOVED", SUBJECT_COHORT, cohortId,
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
        audit.record(actorId, "COHORT_SESSION_CANCELLED", SUBJECT_COHORT, cohortId, "session " + session.getNumber());
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
        audit.record(memberId, "COHORT_JOINED", SUBJECT_COHORT, cohortId, null);
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
        audit.record(memberId, "COHORT_PLACE_REQUESTED", SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    public Enrolment approve(long actorId, long cohortId, long memberId) {
        Cohort cohort = managed(actorId, cohortId);
        Enrolment request = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .orElseThrow(() -> new NotFoundException("request of " + memberId + " for cohort " + cohortId));
        Enrolment enrolment = takePlace(cohort, request.getMemberId());
        audit.record(actorId, "COHORT_REQUEST_APPROVED", SUBJECT_COHORT, cohortId, "member " + memberId);
        notifications.notify(memberId, NotificationKind.COHORT_PLACE_CONFIRMED, link(cohortId), List.of(cohort.getName()));
        return enrolment;
    }

    public Enrolment declineRequest(long actorId, long cohortId, long memberId) {
        managed(actorId, cohortId);
        Enrolment request = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .orElseThrow(() -> new NotFoundException("request of " + memberId + " for cohort " + cohortId));
        request.moveTo(EnrolmentStatus.DECLINED, clock.instant());
        audit.record(actorId, "COHORT_REQUEST_DECLINED", SUBJECT_COHORT, cohortId, "member " + memberId);
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
        audit.record(actorId, "COHORT_MEMBER_INVITED", SUBJECT_COHORT, cohortId, "member " + memberId);
        notifications.notify(memberId, NotificationKind.COHORT_INVITATION, link(cohortId), List.of(cohort.getName()));
        return enrolment;
    }

    /** Invites the member with this e-mail address; staff know the people they invite by their address. */
    public Enrolment inviteByEmail(long actorId, long cohortId, String email) {
        managed(actorId, cohortId);
        Account member = accounts.findByEmail(email == null ? "" : email.strip()).orElseThrow(UnknownMemberException::new);
        return invite(actorId, cohortId, member.getId());
    }

    public Enrolment accept(long memberId, long cohortId) {
        standing.requireActive(memberId);
        Cohort cohort = locked(cohortId);
        enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.INVITED)
                .orElseThrow(() -> new NotPermittedException("Only an invited member accepts a place"));
        Enrolment enrolment = takePlace(cohort, memberId);
        audit.record(memberId, "COHORT_INVITATION_ACCEPTED", SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    public Enrolment declineInvitation(long memberId, long cohortId) {
        Enrolment invitation = enrolmentOf(cohortId, memberId).filter(e -> e.getStatus() == EnrolmentStatus.INVITED)
                .orElseThrow(() -> new NotFoundException("invitation of " + memberId + " to cohort " + cohortId));
        invitation.moveTo(EnrolmentStatus.DECLINED, clock.instant());
        audit.record(memberId, "COHORT_INVITATION_DECLINED", SUBJECT_COHORT, cohortId, null);
        return invitation;
    }

    /** The member gives the place back (or withdraws a request). */
    public Enrolment leave(long memberId, long cohortId) {
        Cohort cohort = locked(cohortId);
        Enrolment enrolment = enrolmentOf(cohortId, memberId)
                .orElseThrow(() -> new NotFoundException("enrolment of " + memberId + " in cohort " + cohortId));
        enrolment.moveTo(EnrolmentStatus.LEFT, clock.instant());
        reminders.cancel(SUBJECT_SESSION, cohort.getSessions().stream().map(CohortSession::getId).toList(), memberId);
        audit.record(memberId, "COHORT_LEFT", SUBJECT_COHORT, cohortId, null);
        return enrolment;
    }

    /** What this viewer may see of the cohort: the location only for enrolled members and its staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortView cohortView(long viewerId, long cohortId) {
        Cohort cohort = find(cohortId);
        Account viewer = accounts.getAccount(viewerId);
        CurriculumVersion version = em.find(CurriculumVersion.class, cohort.getVersionId());
        boolean staff = cohort.isManagedBy(viewer);
        Optional<EnrolmentStatus> status = enrolmentOf(cohortId, viewerId).map(Enrolment::getStatus);
        boolean enrolled = status.filter(EnrolmentStatus.ENROLLED::equals).isPresent();
        Instant now = clock.instant();
        List<CurriculumVersionSession> versionSessions = version.getSessions();
        List<SessionView> upcoming = cohort.getSessions().stream().filter(s -> s.getEndsAt().isAfter(now))
                .map(s -> {
                    CurriculumVersionSession content = versionSessions.get(s.getNumber() - 1);
                    return new SessionView(s.getId(), s.getNumber(), content.getTitle(), content.getTopic(),
                            s.getStartsAt(), s.getEndsAt(), s.isCancelled(), s.getSequence());
                }).toList();
        List<Enrolment> enrolments = staff ? em.createNamedQuery(Enrolment.OF_COHORT, Enrolment.class)
                .setParameter("cohort", cohortId).getResultList() : List.of();
        Set<Long> named = new HashSet<>(cohort.getFacilitatorIds());
        enrolments.forEach(e -> named.add(e.getMemberId()));
        Map<Long, String> names = accounts.displayNamesOf(named);
        List<MemberEntry> members = enrolments.stream()
                .map(e -> new MemberEntry(e.getMemberId(), names.get(e.getMemberId()), e.getStatus())).toList();
        return new CohortView(cohortId, cohort.getName(), version.getTitle(), version.getAudience(), version.getId(),
                cohort.getFacilitatorIds().stream().map(names::get).sorted().toList(),
                cohort.getMode(), cohort.getCapacity(), placesLeft(cohort), cohort.getTimeZone(),
                staff || enrolled ? Optional.of(cohort.getLocation()) : Optional.empty(), status, staff, upcoming, members);
    }

    /** The cohorts the actor facilitates, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortSummary> facilitatedBy(long actorId) {
        return summaries(em.createNamedQuery(Cohort.FACILITATED_BY, Cohort.class).setParameter("facilitator", actorId)
                .setMaxResults(200).getResultList());
    }

    /** Cohorts a member can join or ask to join (not invitation-only), with a session still to come. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortSummary> openToJoin() {
        return summaries(em.createNamedQuery(Cohort.JOINABLE, Cohort.class).setParameter("invitation", EnrolmentMode.INVITATION)
                .setMaxResults(200).getResultList()).stream().filter(s -> s.nextSession().isPresent()).toList();
    }

    /** Three queries for the whole list, whatever its length: titles, places taken, next sessions. */
    private List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> cohortIds = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, String> titles = new HashMap<>();
        em.createQuery("SELECT v.id, v.title FROM CurriculumVersion v WHERE v.id IN :ids", Object[].class)
                .setParameter("ids", cohorts.stream().map(Cohort::getVersionId).distinct().toList()).getResultList()
                .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("SELECT e.cohortId, COUNT(e) FROM Enrolment e WHERE e.cohortId IN :ids AND e.status = :status GROUP BY e.cohortId",
                Object[].class).setParameter("ids", cohortIds).setParameter("status", EnrolmentStatus.ENROLLED).getResultList()
                .forEach(row -> taken.put((Long) row[0], ((Number) row[1]).longValue()));
        Map<Long, Instant> next = new HashMap<>();
        em.createQuery("SELECT s.cohort.id, s.startsAt FROM CohortSession s WHERE s.cohort.id IN :ids AND s.cancelled = FALSE"
                + " AND s.startsAt > :now ORDER BY s.startsAt", Object[].class)
                .setParameter("ids", cohortIds).setParameter("now", clock.instant()).getResultList()
                .forEach(row -> next.putIfAbsent((Long) row[0], (Instant) row[1]));
        return cohorts.stream().map(c -> new CohortSummary(c.getId(), c.getName(), titles.get(c.getVersionId()), c.getMode(),
                Math.max(0, c.getCapacity() - taken.getOrDefault(c.getId(), 0L).intValue()), c.getCapacity(),
                Optional.ofNullable(next.get(c.getId())))).toList();
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
        if (!cohort.isManagedBy(accounts.getAccount(actorId))) {
            throw new NotPermittedException("Only the cohort's facilitators, or an admin, manage it");
        }
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

    private Account requireFacilitator(long actorId) {
        Account actor = accounts.getAccount(actorId);
        if (!actor.holds(Role.FACILITATOR) && !actor.holds(Role.ADMIN)) {
            throw new NotPermittedException("Only facilitators run cohorts");
        }
        return actor;
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
    public static class StartInPastException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StartInPastException() {
            super("A session is only moved to a time still to come");
        }
    }

    /** No account has the e-mail address given for an invitation. */
    public static class UnknownMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownMemberException() {
            super("No member has that e-mail address");
        }
    }
}
