package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.mentoring.matching.CompatibilityScorer;
import org.peersupport.portal.mentoring.matching.ExcludedPair;
import org.peersupport.portal.mentoring.matching.MatchingSettings;
import org.peersupport.portal.mentoring.matching.MenteeRequestProfile;
import org.peersupport.portal.mentoring.matching.MentorCandidate;

/**
 * The pool as the matching engine sees it: mentors with a free place, the pairs never proposed
 * again, and the scorer with today's weights. Read inside the caller's transaction.
 */
@ApplicationScoped
public class MatchingPool {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MatchingSettings settings;

    CompatibilityScorer scorer(Instant now) {
        return new CompatibilityScorer(settings.weights(), now.truncatedTo(ChronoUnit.DAYS));
    }

    /** Approved, unpaused mentors with a free place, with their current load. */
    List<MentorCandidate> candidates() {
        Map<Long, Long> loads = new HashMap<>();
        em.createNamedQuery(Mentorship.ACTIVE_LOADS, Object[].class).getResultList()
                .forEach(row -> loads.put((Long) row[0], (Long) row[1]));
        List<MentorCandidate> candidates = new ArrayList<>();
        for (MentorProfile profile : em.createNamedQuery(MentorProfile.TAKING_MENTEES, MentorProfile.class).getResultList()) {
            int load = loads.getOrDefault(profile.getAccountId(), 0L).intValue();
            if (load < profile.getCapacity()) {
                candidates.add(candidateOf(profile, load));
            }
        }
        return candidates;
    }

    static MentorCandidate candidateOf(MentorProfile profile, int load) {
        return new MentorCandidate(profile.getAccountId(), profile.getAreas(), profile.getLanguages(), profile.getTimeZone(),
                profile.getAvailability(), profile.getCapacity(), load, profile.getGender(), profile.getAgeBand());
    }

    static MenteeRequestProfile profileOf(MenteeRequest request) {
        return new MenteeRequestProfile(request.getId(), request.getNeeds(), request.getLanguages(), request.getTimeZone(),
                request.getAvailability(), request.getPreferredGender(), request.getPreferredAgeFrom(), request.getPreferredAgeTo());
    }

    /**
     * Pairs never proposed again: mentors who declined or let a request expire, the member
     * themselves, and mentors the member already had (a rematch looks for someone new).
     */
    Set<ExcludedPair> excludedPairs(List<MenteeRequest> requests) {
        Set<ExcludedPair> excluded = new HashSet<>();
        if (requests.isEmpty()) {
            return excluded;
        }
        Map<Long, Long> requestOfMember = new HashMap<>();
        requests.forEach(r -> {
            requestOfMember.put(r.getAccountId(), r.getId());
            excluded.add(new ExcludedPair(r.getId(), r.getAccountId()));
        });
        // By member, not by request: a rematch is a new request, and still not sent back to them.
        em.createQuery("SELECT r.accountId, p.mentorId FROM MentorProposal p JOIN MenteeRequest r ON r.id = p.requestId"
                + " WHERE r.accountId IN :members AND p.status IN :refused", Object[].class)
                .setParameter("members", requestOfMember.keySet())
                .setParameter("refused", List.of(MentorProposal.Status.DECLINED, MentorProposal.Status.EXPIRED))
                .getResultList().forEach(row -> excluded.add(new ExcludedPair(requestOfMember.get((Long) row[0]), (Long) row[1])));
        em.createQuery("SELECT m.menteeId, m.mentorId FROM Mentorship m WHERE m.menteeId IN :members", Object[].class)
                .setParameter("members", requestOfMember.keySet()).getResultList()
                .forEach(row -> excluded.add(new ExcludedPair(requestOfMember.get((Long) row[0]), (Long) row[1])));
        return excluded;
    }
}
