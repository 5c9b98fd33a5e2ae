package org.peersupport.portal.mentoring.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Up to k mentors to show each mentee, chosen in rounds: round 1 is the optimal assignment of the
 * pool; round r is the optimal assignment over the pairs not yet proposed to each request. Every
 * round respects the mentors' free places on its own (a proposal is an offer, not a place taken),
 * so no mentor appears in one round more often than they have room.
 */
public final class ProposalPlanner {

    public static final int DEFAULT_PROPOSALS = 3;

    private final CompatibilityScorer scorer;
    private final MatchAssigner assigner;

    public ProposalPlanner(CompatibilityScorer scorer) {
        this(scorer, new MatchAssigner());
    }

    public ProposalPlanner(CompatibilityScorer scorer, MatchAssigner assigner) {
        this.scorer = Objects.requireNonNull(scorer);
        this.assigner = Objects.requireNonNull(assigner);
    }

    /** {@value #DEFAULT_PROPOSALS} rounds, nothing excluded. */
    public Map<Long, List<Proposal>> propose(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        return propose(mentors, requests, Set.of(), DEFAULT_PROPOSALS);
    }

    /**
     * Proposals per request id, in the requests' order, each list in rank order (possibly empty).
     * {@code excludedPairs} are never proposed; pairs naming unknown ids are ignored.
     */
    public Map<Long, List<Proposal>> propose(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests,
            Set<ExcludedPair> excludedPairs, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Proposals per request cannot be negative: " + k);
        }
        MatchAssigner.checkDistinctIds(mentors, requests);
        ScoreTable table = scorer.scoreTable(mentors, requests);
        Map<Long, Integer> requestIndex = new HashMap<>();
        Map<Long, Integer> mentorIndex = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            requestIndex.put(requests.get(i).requestId(), i);
        }
        for (int j = 0; j < mentors.size(); j++) {
            mentorIndex.put(mentors.get(j).mentorId(), j);
        }
        for (ExcludedPair pair : excludedPairs) {
            Integer i = requestIndex.get(pair.requestId());
            Integer j = mentorIndex.get(pair.mentorId());
            if (i != null && j != null) {
                table.exclude(i, j);
            }
        }
        List<List<Proposal>> proposals = new ArrayList<>();
        requests.forEach(request -> proposals.add(new ArrayList<>()));
        for (int rank = 1; rank <= k; rank++) {
            int[] mentorOf = assigner.solve(table, rank > 1);
            boolean anyProposed = false;
            for (int i = 0; i < mentorOf.length; i++) {
                if (mentorOf[i] >= 0) {
                    proposals.get(i).add(new Proposal(mentors.get(mentorOf[i]).mentorId(), rank, table.explain(i, mentorOf[i])));
                    table.exclude(i, mentorOf[i]);
                    anyProposed = true;
                }
            }
            if (!anyProposed) {
                break;
            }
        }
        Map<Long, List<Proposal>> byRequest = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            byRequest.put(requests.get(i).requestId(), List.copyOf(proposals.get(i)));
        }
        return byRequest;
    }
}
