package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Peer mentoring: applications to mentor and the coordinators' decisions, mentee requests, and
 * mentorships from start to end with their check-ins. Coordinators are admins. Every decision a
 * coordinator takes is audited.
 */
@ApplicationScoped
@Transactional
public class MentoringService {

    public static final String SUBJECT_MENTOR_APPLICATION = "MENTOR_APPLICATION";
    /** The mentor guidelines a member agrees to when applying; a new version asks again. */
    public static final String GUIDELINES_VERSION = "2026-11";

    /** Coordinators are the portal's admins; mentoring has no role of its own for them (yet). */
    static final Role COORDINATOR = Role.ADMIN;
    private static final String COORDINATORS_ONLY = "Only a coordinator decides on mentoring";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private Access access;

    @Inject
    private AccountStanding standing;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<MentorshipStarted> started;

    @Inject
    private Event<MentorApproved> approved;

    @Inject
    private Event<MentorshipEnded> ended;

    /** An application waiting for a coordinator, with the applicant's display name. */
    public record PendingApplication(MentorProfile profile, String displayName) {}

    /** A mentorship as one side sees it: the other person's name and whether a check-in is due. */
    public record MentorshipView(Mentorship mentorship, Mentorship.Side side, String otherName, boolean checkInDue) {}

    // ---- applications ----

    /** A first application, or a changed one after changes were asked for or it was declined. */
    public MentorProfile apply(long accountId, @NotNull @Valid MentorApplication application) {
        standing.requireActive(accountId);
        Instant now = clock.instant();
        MentorProfile profile = em.find(MentorProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            accounts.getAccount(accountId);
            profile = new MentorProfile(accountId, application, GUIDELINES_VERSION, now);
            em.persist(profile);
            em.flush(); // a locking find in the same transaction reads the database, not the unflushed context
        } else {
            profile.resubmit(application, GUIDELINES_VERSION, now);
        }
        audit.record(accountId, MentoringAudit.MENTOR_APPLICATION_SUBMITTED, SUBJECT_MENTOR_APPLICATION, accountId, null);
        return profile;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MentorProfile> profileOf(long accountId) {
        return Optional.ofNullable(em.find(MentorProfile.class, accountId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingApplication> applications(MentorProfile.Status status) {
        return em.createNamedQuery(MentorProfile.BY_STATUS, Object[].class).setParameter("status", status)
                .setMaxResults(200).getResultList().stream()
                .map(row -> new PendingApplication((MentorProfile) row[0], (String) row[1])).toList();
    }

    /** Approves an application; the member becomes a peer mentor. */
    public void approve(long coordinatorId, long applicantId) {
        access.require(coordinatorId, COORDINATOR, COORDINATORS_ONLY);
        MentorProfile profile = lockedProfile(applicantId);
        profile.approve(coordinatorId, clock.instant());
        accounts.grantRole(coordinatorId, applicantId, Role.MENTOR);
        approved.fire(new MentorApproved(applicantId, coordinatorId, clock.instant()));
        audit.record(coordinatorId, MentoringAudit.MENTOR_APPROVED, SUBJECT_MENTOR_APPLICATION, applicantId, null);
        notifications.notify(applicantId, NotificationKind.MENTOR_APPLICATION_DECIDED, "/mentoring/apply.xhtml",
                List.of(MentorProfile.Status.APPROVED.name()));
    }

    /** Sends the application back with what to change; the note is shown to the applicant. */
    public void askForChanges(long coordinatorId, long applicantId, String note) {
        access.require(coordinatorId, COORDINATOR, COORDINATORS_ONLY);
        requireNote(note);
        lockedProfile(applicantId).askForChanges(coordinatorId, note, clock.instant());
        audit.record(coordinatorId, MentoringAudit.MENTOR_CHANGES_ASKED, SUBJECT_MENTOR_APPLICATION, applicantId, note.strip());
        notifications.notify(applicantId, NotificationKind.MENTOR_APPLICATION_DECIDED, "/mentoring/apply.xhtml",
                List.of(MentorProfile.Status.CHANGES_REQUESTED.name()));
    }

    public void decline(long coordinatorId, long applicantId, String note) {
        access.require(coordinatorId, COORDINATOR, COORDINATORS_ONLY);
        requireNote(note);
        lockedProfile(applicantId).decline(coordinatorId, note, clock.instant());
        audit.record(coordinatorId, MentoringAudit.MENTOR_DECLINED, SUBJECT_MENTOR_APPLICATION, applicantId, note.strip());
        notifications.notify(applicantId, NotificationKind.MENTOR_APPLICATION_DECIDED, "/mentoring/apply.xhtml",
                List.of(MentorProfile.Status.DECLINED.name()));
    }

    /** A mentor stops taking new mentees for a while; their current mentorships go on. */
    public void pause(long mentorId) {
        lockedProfile(mentorId).pause();
        audit.record(mentorId, MentoringAudit.MENTOR_PAUSED, SUBJECT_MENTOR_APPLICATION, mentorId, null);
    }

    public void resume(long mentorId) {
        lockedProfile(mentorId).resume();
        audit.record(mentorId, MentoringAudit.MENTOR_RESUMED, SUBJECT_MENTOR_APPLICATION, mentorId, null);
    }

    private MentorProfile lockedProfile(long accountId) {
        MentorProfile profile = em.find(MentorProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            throw new NotFoundException("mentor application of " + accountId);
        }
        return profile;
    }

    // ---- mentee requests ----

    /** A member asks for a mentor; one open request at a time. */
    public MenteeRequest requestMentor(long accountId, @NotNull @Valid MentorshipWish wish) {
        standing.requireActive(accountId);
        if (currentRequestOf(accountId).isPresent()) {
            throw new IllegalStateException("This member already has an open request");
        }
        MenteeRequest request = new MenteeRequest(accountId, wish, clock.instant());
        em.persist(request);
        em.flush();
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MenteeRequest> currentRequestOf(long accountId) {
        return em.createNamedQuery(MenteeRequest.CURRENT_OF, MenteeRequest.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** The member no longer wants a mentor: the request and any proposals to it are withdrawn. */
    public void withdraw(long accountId, long requestId) {
        MenteeRequest request = em.find(MenteeRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getAccountId() != accountId) {
            throw new NotFoundException("request " + requestId);
        }
        request.withdraw(clock.instant());
        em.createQuery("UPDATE MentorProposal p SET p.status = :withdrawn WHERE p.requestId = :request AND p.status IN :open")
                .setParameter("withdrawn", MentorProposal.Status.WITHDRAWN).setParameter("request", requestId)
                .setParameter("open", MentorProposal.Status.OPEN).executeUpdate();
    }

    // ---- mentorships ----

    /**
     * Starts a mentorship: the end of the proposal flow, or a coordinator pairing two people by
     * hand. The mentor must be approved and have a free place.
     */
    Mentorship start(long mentorId, long menteeId, MenteeRequest request) {
        MentorProfile profile = lockedProfile(mentorId);
        if (profile.getStatus() != MentorProfile.Status.APPROVED) {
            throw new IllegalStateException("Only an approved mentor takes mentees");
        }
        if (activeLoadOf(mentorId) >= profile.getCapacity()) {
            throw new MentorFullException();
        }
        Instant now = clock.instant();
        Mentorship mentorship = new Mentorship(mentorId, menteeId, request == null ? null : request.getId(), now);
        em.persist(mentorship);
        em.flush();
        if (request != null) {
            request.matched(now);
        }
        started.fire(new MentorshipStarted(mentorship.getId(), mentorId, menteeId));
        for (long side : List.of(mentorId, menteeId)) {
            notifications.notify(side, NotificationKind.MENTORSHIP_STARTED, "/mentoring/index.xhtml", List.of());
        }
        return mentorship;
    }

    /** A coordinator pairs a mentee with a mentor directly (their open request, if any, is matched). */
    public Mentorship pair(long coordinatorId, long mentorId, long menteeId) {
        access.require(coordinatorId, COORDINATOR, COORDINATORS_ONLY);
        MenteeRequest request = currentRequestOf(menteeId).orElse(null);
        Mentorship mentorship = start(mentorId, menteeId, request);
        audit.record(coordinatorId, MentoringAudit.MENTORSHIP_PAIRED, ChatService.SUBJECT_MENTORSHIP, mentorship.getId(), null);
        return mentorship;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    long activeLoadOf(long mentorId) {
        return em.createNamedQuery(Mentorship.ACTIVE_LOAD_OF, Long.class).setParameter("mentor", mentorId).getSingleResult();
    }

    /** The member's mentorships, as mentor and as mentee, active first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MentorshipView> mentorshipsOf(long accountId) {
        List<Mentorship> mine = em.createNamedQuery(Mentorship.OF_MEMBER, Mentorship.class).setParameter("account", accountId)
                .setMaxResults(50).getResultList();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> others = mine.stream().map(m -> m.otherThan(accountId)).distinct().toList();
        var names = accounts.displayNamesOf(others);
        var lastCheckIns = lastCheckInsBy(accountId, mine.stream().map(Mentorship::getId).toList());
        Instant now = clock.instant();
        return mine.stream().map(m -> new MentorshipView(m, m.sideOf(accountId), names.get(m.otherThan(accountId)),
                m.isActive() && !m.checkInDueAfter(lastCheckIns.get(m.getId())).isAfter(now))).toList();
    }

    /**
     * The newest check-in per mentorship. The times are read as attributes, not as MAX(...):
     * EclipseLink hands an aggregate's Timestamp to the Instant converter, which then fails.
     */
    private java.util.Map<Long, Instant> lastCheckInsBy(long authorId, List<Long> mentorshipIds) {
        java.util.Map<Long, Instant> last = new java.util.HashMap<>();
        em.createQuery("SELECT c.mentorshipId, c.writtenAt FROM MentorshipCheckIn c WHERE c.authorId = :author"
                + " AND c.mentorshipId IN :ids", Object[].class)
                .setParameter("author", authorId).setParameter("ids", mentorshipIds).getResultList()
                .forEach(row -> last.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }

    /** An ended mentorship for coordinators, with the reason the members do not see. */
    public record EndedMentorship(Mentorship mentorship, String mentorName, String menteeName, String endedByName) {}

    /** A mentor a coordinator may pick by name. */
    public record MentorChoice(long accountId, String displayName) {}

    /** The latest endings, newest first, with names, in two queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EndedMentorship> recentEndings() {
        List<Mentorship> ended = em.createQuery("SELECT m FROM Mentorship m WHERE m.status = :ended ORDER BY m.endedAt DESC",
                Mentorship.class).setParameter("ended", Mentorship.Status.ENDED).setMaxResults(20).getResultList();
        java.util.Set<Long> people = new java.util.HashSet<>();
        ended.forEach(m -> {
            people.add(m.getMentorId());
            people.add(m.getMenteeId());
        });
        var names = accounts.displayNamesOf(people);
        return ended.stream().map(m -> new EndedMentorship(m, names.get(m.getMentorId()), names.get(m.getMenteeId()),
                names.get(m.getEndedBy()))).toList();
    }

    /** Approved mentors taking mentees whose display name starts with {@code prefix}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MentorChoice> mentorsNamed(String prefix, int max) {
        String like = (prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "")) + "%";
        return em.createQuery("SELECT a.id, a.displayName FROM MentorProfile p JOIN Account a ON a.id = p.accountId"
                + " WHERE p.status = :approved AND p.paused = false AND LOWER(a.displayName) LIKE :like ORDER BY a.displayName",
                Object[].class).setParameter("approved", MentorProfile.Status.APPROVED).setParameter("like", like)
                .setMaxResults(max).getResultList().stream().map(row -> new MentorChoice((Long) row[0], (String) row[1])).toList();
    }

    /** "How is it going": 1 to 5 and a short note, from either side. */
    public void checkIn(long accountId, long mentorshipId, int rating, String note) {
        Mentorship mentorship = participating(accountId, mentorshipId);
        if (!mentorship.isActive()) {
            throw new IllegalStateException("This mentorship has ended");
        }
        em.persist(new MentorshipCheckIn(mentorshipId, accountId, MentorshipCheckIn.Kind.CHECK_IN, rating, note, clock.instant()));
    }

    /** The check-ins and closing feedback a member may read: their own only; coordinators read both sides. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MentorshipCheckIn> checkInsOf(long accountId, long mentorshipId) {
        boolean coordinator = Access.mayActAs(accounts.getAccount(accountId), COORDINATOR);
        if (!coordinator) {
            participating(accountId, mentorshipId);
        }
        return em.createNamedQuery(MentorshipCheckIn.OF_MENTORSHIP, MentorshipCheckIn.class).setParameter("mentorship", mentorshipId)
                .getResultList().stream().filter(c -> coordinator || c.getAuthorId() == accountId).toList();
    }

    /**
     * Ends a mentorship at once, from either side: it has run its course, one side asks to be
     * rematched, or one side blocks the other. The reason is kept for coordinators only; closing
     * feedback (1 to 5 and a note) is optional. A rematch puts the mentee back in the pool.
     */
    public void end(long accountId, long mentorshipId, Mentorship.EndKind kind, String reason, Integer rating, String feedback) {
        Mentorship mentorship = em.find(Mentorship.class, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        if (mentorship == null || !mentorship.hasParticipant(accountId)) {
            throw new NotFoundException("mentorship " + mentorshipId);
        }
        Instant now = clock.instant();
        mentorship.end(accountId, kind, reason, now);
        if (rating != null) {
            em.persist(new MentorshipCheckIn(mentorshipId, accountId, MentorshipCheckIn.Kind.CLOSING, rating, feedback, now));
        }
        if (kind == Mentorship.EndKind.REMATCH && mentorship.getRequestId() != null) {
            MenteeRequest previous = em.find(MenteeRequest.class, mentorship.getRequestId());
            if (currentRequestOf(mentorship.getMenteeId()).isEmpty()) {
                em.persist(previous.again(now)); // back in the pool; the matching run never proposes the same mentor again
            }
        }
        audit.record(accountId, MentoringAudit.valueOf("MENTORSHIP_ENDED_" + kind.name()), ChatService.SUBJECT_MENTORSHIP, mentorshipId, null);
        ended.fire(new MentorshipEnded(mentorshipId, mentorship.getMentorId(), mentorship.getMenteeId(), kind));
        long other = mentorship.otherThan(accountId);
        notifications.notify(other, NotificationKind.MENTORSHIP_ENDED, "/mentoring/index.xhtml", List.of());
    }

    /** Closing feedback from the side that did not end it. */
    public void leaveFeedback(long accountId, long mentorshipId, int rating, String feedback) {
        Mentorship mentorship = participating(accountId, mentorshipId);
        if (mentorship.isActive()) {
            throw new IllegalStateException("Feedback comes at the end");
        }
        em.persist(new MentorshipCheckIn(mentorshipId, accountId, MentorshipCheckIn.Kind.CLOSING, rating, feedback, clock.instant()));
    }

    private Mentorship participating(long accountId, long mentorshipId) {
        Mentorship mentorship = em.find(Mentorship.class, mentorshipId);
        if (mentorship == null || !mentorship.hasParticipant(accountId)) {
            throw new NotFoundException("mentorship " + mentorshipId);
        }
        return mentorship;
    }


    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say what to change, or why");
        }
    }

    /** The mentor has no free place left. */
    public static class MentorFullException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MentorFullException() {
            super("The mentor has no free place");
        }
    }
}
