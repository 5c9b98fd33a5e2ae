package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.matching.Compatibility;
import org.peersupport.portal.mentoring.matching.MentorCandidate;
import org.peersupport.portal.mentoring.matching.Proposal;
import org.peersupport.portal.mentoring.matching.ProposalPlanner;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.RefusedException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * From the pool to a mentorship: a coordinator runs the matching engine over every waiting
 * request and every mentor with a free place, reviews the draft (and may put another mentor in
 * any place), and publishes it. Each mentee then chooses among up to three mentors; the chosen
 * mentor accepts or declines. Nothing waits forever: an offer unanswered for three days moves to
 * the next proposal, and a mentee who has not chosen in three days has their first proposal
 * offered for them.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

    public static final String SUBJECT_MATCHING_RUN = "MATCHING_RUN";
    public static final int PROPOSALS_PER_REQUEST = 3;
    private static final String COORDINATORS_ONLY = "Only a coordinator runs matching";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private MentoringService mentoring;

    @Inject
    private MatchingPool pool;

    @Inject
    private Access access;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    /** One proposal as a page shows it, with the names it needs. */
    public record ProposalLine(MentorProposal proposal, String menteeName, String mentorName, MentorProfile mentor) {}

    // ---- the coordinator ----

    /** Runs the engine over the whole pool; earlier unpublished drafts are replaced. */
    public MatchingRun run(long coordinatorId) {
        access.require(coordinatorId, MentoringService.COORDINATOR, COORDINATORS_ONLY);
        em.createQuery("DELETE FROM MentorProposal p WHERE p.status = :draft")
                .setParameter("draft", MentorProposal.Status.DRAFT).executeUpdate();
        List<MenteeRequest> requests = em.createNamedQuery(MenteeRequest.WAITING, MenteeRequest.class).getResultList();
        List<MentorCandidate> mentors = pool.candidates();
        Instant now = clock.instant();
        long started = System.nanoTime();
        Map<Long, List<Proposal>> planned = new ProposalPlanner(pool.scorer(now))
                .propose(mentors, requests.stream().map(MatchingPool::profileOf).toList(), pool.excludedPairs(requests),
                        PROPOSALS_PER_REQUEST);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long total = planned.values().stream().flatMap(List::stream).filter(p -> p.rank() == 1)
                .mapToLong(p -> p.compatibility().score()).sum();
        MatchingRun run = new MatchingRun(coordinatorId, now, requests.size(), mentors.size(), total, millis);
        em.persist(run);
        em.flush();
        planned.forEach((requestId, proposals) -> proposals.forEach(p -> em.persist(new MentorProposal(run.getId(), requestId,
                p.mentorId(), p.rank(), p.compatibility().score(), MatchReasons.format(p.compatibility().reasons()), now))));
        audit.record(coordinatorId, MentoringAudit.MATCHING_RUN, SUBJECT_MATCHING_RUN, run.getId(),
                requests.size() + " requests, " + mentors.size() + " mentors");
        return run;
    }

    /** The newest run, published or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MatchingRun> latestRun() {
        return em.createQuery("SELECT r FROM MatchingRun r ORDER BY r.id DESC", MatchingRun.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A page of a run's proposals, by request then rank, with names, in a fixed number of queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalLine> proposalsOf(long runId, int first, int size) {
        List<MentorProposal> proposals = em.createQuery("SELECT p FROM MentorProposal p WHERE p.runId = :run"
                + " ORDER BY p.requestId, p.rank", MentorProposal.class).setParameter("run", runId)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return lines(proposals);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countProposalsOf(long runId) {
        return em.createQuery("SELECT COUNT(p) FROM MentorProposal p WHERE p.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /**
     * The coordinator puts another mentor in a draft proposal's place. The mentor must take
     * mentees, share a language with the mentee, and not be proposed to them already.
     */
    public void override(long coordinatorId, long proposalId, long mentorId) {
        access.require(coordinatorId, MentoringService.COORDINATOR, COORDINATORS_ONLY);
        MentorProposal proposal = find(proposalId);
        Compatibility compatibility = overriding(proposal, mentorId);
        proposal.overrideWith(mentorId, compatibility.score(), MatchReasons.format(compatibility.reasons()));
        audit.record(coordinatorId, MentoringAudit.MATCH_OVERRIDDEN, SUBJECT_MATCHING_RUN, proposal.getRunId(),
                "proposal " + proposalId + " now mentor " + mentorId);
    }

    /** Why {@link #override} would refuse this mentor, as a message key; empty if it would not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> overrideRefusal(long proposalId, long mentorId) {
        MentorProposal proposal = em.find(MentorProposal.class, proposalId);
        if (proposal == null) {
            throw new NotFoundException("proposal " + proposalId);
        }
        try {
            overriding(proposal, mentorId);
            return Optional.empty();
        } catch (OverrideRefusedException e) {
            return Optional.of(e.getReasonKey());
        }
    }

    /** The new mentor's compatibility with the proposal's mentee, or refused by the engine's rules. */
    private Compatibility overriding(MentorProposal proposal, long mentorId) {
        MenteeRequest request = em.find(MenteeRequest.class, proposal.getRequestId());
        MentorProfile mentor = em.find(MentorProfile.class, mentorId);
        if (mentor == null || !mentor.isTakingMentees() || mentorId == request.getAccountId()) {
            throw new OverrideRefusedException("mentoring.override.notTaking");
        }
        boolean alreadyProposed = em.createQuery("SELECT COUNT(p) FROM MentorProposal p WHERE p.requestId = :request"
                + " AND p.runId = :run AND p.mentorId = :mentor", Long.class).setParameter("request", request.getId())
                .setParameter("run", proposal.getRunId()).setParameter("mentor", mentorId).getSingleResult() > 0;
        if (alreadyProposed) {
            throw new OverrideRefusedException("mentoring.override.already");
        }
        return pool.scorer(clock.instant()).score(MatchingPool.candidateOf(mentor, 0), MatchingPool.profileOf(request))
                .orElseThrow(() -> new OverrideRefusedException("mentoring.override.noLanguage"));
    }

    /** Publishes a run: each mentee with proposals is told, and has three days to choose. */
    public int publish(long coordinatorId, long runId) {
        access.require(coordinatorId, MentoringService.COORDINATOR, COORDINATORS_ONLY);
        MatchingRun run = em.find(MatchingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("matching run " + runId);
        }
        Instant now = clock.instant();
        run.publish(now);
        List<MentorProposal> drafts = em.createQuery("SELECT p FROM MentorProposal p WHERE p.runId = :run AND p.status = :draft",
                MentorProposal.class).setParameter("run", runId).setParameter("draft", MentorProposal.Status.DRAFT).getResultList();
        Set<Long> requestIds = new HashSet<>();
        drafts.forEach(p -> {
            p.publish(now);
            requestIds.add(p.getRequestId());
        });
        List<MenteeRequest> proposedTo = requestIds.isEmpty() ? List.of() : em.createQuery(
                "SELECT r FROM MenteeRequest r WHERE r.id IN :ids", MenteeRequest.class).setParameter("ids", requestIds).getResultList();
        for (MenteeRequest request : proposedTo) {
            request.proposed();
            notifications.notify(request.getAccountId(), NotificationKind.MATCH_PROPOSED, "/mentoring/index.xhtml", List.of());
        }
        audit.record(coordinatorId, MentoringAudit.MATCHING_PUBLISHED, SUBJECT_MATCHING_RUN, runId, requestIds.size() + " requests");
        return requestIds.size();
    }

    // ---- the mentee ----

    /** The proposals on a member's open request, best first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalLine> proposalsFor(long menteeId) {
        return mentoring.currentRequestOf(menteeId).map(request -> lines(em.createQuery("SELECT p FROM MentorProposal p"
                + " WHERE p.requestId = :request AND p.status IN :shown ORDER BY p.rank", MentorProposal.class)
                .setParameter("request", request.getId())
                .setParameter("shown", List.of(MentorProposal.Status.PROPOSED, MentorProposal.Status.OFFERED,
                        MentorProposal.Status.DECLINED, MentorProposal.Status.EXPIRED))
                .getResultList())).orElse(List.of());
    }

    /** The mentee chooses a mentor; the mentor is asked. One offer at a time per request. */
    public void choose(long menteeId, long proposalId) {
        MentorProposal proposal = find(proposalId);
        MenteeRequest request = em.find(MenteeRequest.class, proposal.getRequestId(), LockModeType.PESSIMISTIC_WRITE);
        if (request.getAccountId() != menteeId) {
            throw new NotFoundException("proposal " + proposalId);
        }
        if (hasOffer(request.getId())) {
            throw new IllegalStateException("A mentor is already being asked");
        }
        offer(proposal, clock.instant());
    }

    private void offer(MentorProposal proposal, Instant now) {
        proposal.offer(now);
        notifications.notify(proposal.getMentorId(), NotificationKind.MENTORSHIP_OFFERED, "/mentoring/index.xhtml", List.of());
    }

    // ---- the mentor ----

    /** What mentees have asked of this mentor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalLine> offersTo(long mentorId) {
        return lines(em.createQuery("SELECT p FROM MentorProposal p WHERE p.mentorId = :mentor AND p.status = :offered"
                + " ORDER BY p.answerBy", MentorProposal.class).setParameter("mentor", mentorId)
                .setParameter("offered", MentorProposal.Status.OFFERED).getResultList());
    }

    /** The mentor says yes: the mentorship starts and the request's other proposals are withdrawn. */
    public Mentorship accept(long mentorId, long proposalId) {
        MentorProposal proposal = offeredTo(mentorId, proposalId);
        MenteeRequest request = em.find(MenteeRequest.class, proposal.getRequestId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        proposal.accept(now);
        Mentorship mentorship = mentoring.start(mentorId, request.getAccountId(), request);
        em.createQuery("SELECT p FROM MentorProposal p WHERE p.requestId = :request AND p.id <> :accepted", MentorProposal.class)
                .setParameter("request", request.getId()).setParameter("accepted", proposalId).getResultList()
                .forEach(other -> other.withdraw(now));
        return mentorship;
    }

    /** The mentor says no (kindly: the mentee is only told to choose again). */
    public void decline(long mentorId, long proposalId) {
        MentorProposal proposal = offeredTo(mentorId, proposalId);
        Instant now = clock.instant();
        proposal.decline(now);
        afterNoAnswer(proposal, false, now);
    }

    private MentorProposal offeredTo(long mentorId, long proposalId) {
        MentorProposal proposal = em.find(MentorProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || proposal.getMentorId() != mentorId || proposal.getStatus() != MentorProposal.Status.OFFERED) {
            throw new NotFoundException("offer " + proposalId);
        }
        return proposal;
    }

    // ---- deadlines ----

    /**
     * Moves on what waited too long: an unanswered offer expires and the next proposal is
     * offered; a mentee who has not chosen has their best remaining proposal offered. Returns how
     * many proposals moved.
     */
    public int advanceOverdue(Instant now) {
        List<MentorProposal> overdue = em.createQuery("SELECT p FROM MentorProposal p WHERE p.status IN :waiting"
                + " AND p.answerBy <= :now ORDER BY p.requestId, p.rank", MentorProposal.class)
                .setParameter("waiting", List.of(MentorProposal.Status.OFFERED, MentorProposal.Status.PROPOSED))
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        // Decided on the statuses as read: an offer made below must not expire in the same pass.
        List<MentorProposal> unanswered = overdue.stream().filter(p -> p.getStatus() == MentorProposal.Status.OFFERED).toList();
        List<MentorProposal> unchosen = overdue.stream().filter(p -> p.getStatus() == MentorProposal.Status.PROPOSED).toList();
        int moved = 0;
        Set<Long> handled = new HashSet<>();
        for (MentorProposal proposal : unanswered) {
            proposal.expire(now);
            afterNoAnswer(proposal, true, now);
            handled.add(proposal.getRequestId());
            moved++;
        }
        for (MentorProposal proposal : unchosen) {
            if (proposal.getStatus() == MentorProposal.Status.PROPOSED && handled.add(proposal.getRequestId())
                    && !hasOffer(proposal.getRequestId())) {
                offer(proposal, now); // the best remaining, by the query's order
                moved++;
            }
        }
        return moved;
    }

    /** After a decline or an expiry: the next proposal is offered (on expiry) or the mentee chooses again. */
    private void afterNoAnswer(MentorProposal proposal, boolean moveOn, Instant now) {
        List<MentorProposal> remaining = em.createQuery("SELECT p FROM MentorProposal p WHERE p.requestId = :request"
                + " AND p.status = :proposed ORDER BY p.rank", MentorProposal.class).setParameter("request", proposal.getRequestId())
                .setParameter("proposed", MentorProposal.Status.PROPOSED).getResultList();
        MenteeRequest request = em.find(MenteeRequest.class, proposal.getRequestId());
        if (remaining.isEmpty()) {
            request.backToWaiting();
        } else if (moveOn) {
            offer(remaining.get(0), now);
        }
        notifications.notify(request.getAccountId(), NotificationKind.MATCH_PROPOSED, "/mentoring/index.xhtml", List.of());
    }

    private boolean hasOffer(long requestId) {
        return em.createQuery("SELECT COUNT(p) FROM MentorProposal p WHERE p.requestId = :request AND p.status = :offered", Long.class)
                .setParameter("request", requestId).setParameter("offered", MentorProposal.Status.OFFERED).getSingleResult() > 0;
    }

    private List<ProposalLine> lines(List<MentorProposal> proposals) {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Set<Long> requestIds = new HashSet<>();
        Set<Long> people = new HashSet<>();
        proposals.forEach(p -> {
            requestIds.add(p.getRequestId());
            people.add(p.getMentorId());
        });
        Map<Long, Long> menteeOf = new HashMap<>();
        em.createQuery("SELECT r.id, r.accountId FROM MenteeRequest r WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", requestIds).getResultList().forEach(row -> menteeOf.put((Long) row[0], (Long) row[1]));
        people.addAll(menteeOf.values());
        Map<Long, String> names = accounts.displayNamesOf(people);
        Map<Long, MentorProfile> mentors = new HashMap<>();
        em.createQuery("SELECT p FROM MentorProfile p WHERE p.accountId IN :ids", MentorProfile.class)
                .setParameter("ids", proposals.stream().map(MentorProposal::getMentorId).distinct().toList()).getResultList()
                .forEach(p -> mentors.put(p.getAccountId(), p));
        return proposals.stream().map(p -> new ProposalLine(p, names.get(menteeOf.get(p.getRequestId())), names.get(p.getMentorId()),
                mentors.get(p.getMentorId()))).toList();
    }

    private MentorProposal find(long proposalId) {
        MentorProposal proposal = em.find(MentorProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new NotFoundException("proposal " + proposalId);
        }
        return proposal;
    }


    /** An override the engine's rules do not allow; the key says why, in the coordinator's language. */
    public static class OverrideRefusedException extends RefusedException {
        private static final long serialVersionUID = 1L;

        public OverrideRefusedException(String reasonKey) {
            super(reasonKey, List.of());
        }
    }
}
