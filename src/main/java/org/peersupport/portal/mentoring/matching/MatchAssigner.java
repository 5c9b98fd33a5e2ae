package org.peersupport.portal.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assigns a whole pool at once so that the sum of the pairs' scores is as high as possible: each
 * request gets at most one mentor, no mentor more than their free places. Exact (a min-cost flow
 * with a dual check, see {@link PoolSolver}), not greedy: one request never takes the mentor two
 * others needed more. 5,000 mentors × 5,000 requests take about 0.7–1 s on two cores including scoring
 * (bench/matching.sh); the score table holds one {@code short} per pair (50 MB at that size).
 */
public final class MatchAssigner {

    private static final int CANDIDATES_PER_REQUEST = 8;
    private static final int ADDITIONS_PER_REQUEST = 8;

    private final PoolSolver solver;

    public MatchAssigner() {
        this(CANDIDATES_PER_REQUEST);
    }

    /** For comparisons: {@code candidatesPerRequest} 0 or less starts from every compatible pair. */
    MatchAssigner(int candidatesPerRequest) {
        this.solver = new PoolSolver(candidatesPerRequest, ADDITIONS_PER_REQUEST);
    }

    public Assignment assign(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests, CompatibilityScorer scorer) {
        checkDistinctIds(mentors, requests);
        ScoreTable table = scorer.scoreTable(mentors, requests);
        int[] mentorOf = solve(table);
        List<MatchedPair> pairs = new ArrayList<>();
        List<Long> unmatched = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            long requestId = requests.get(i).requestId();
            if (mentorOf[i] < 0) {
                unmatched.add(requestId);
            } else {
                Compatibility compatibility = table.explain(i, mentorOf[i]);
                pairs.add(new MatchedPair(requestId, mentors.get(mentorOf[i]).mentorId(), compatibility));
                total += compatibility.score();
            }
        }
        return new Assignment(pairs, total, unmatched);
    }

    /** The optimal mentor index per request (−1 for none) over the table as it stands. */
    int[] solve(ScoreTable table) {
        int[] freePlaces = table.mentors.stream().mapToInt(MentorCandidate::freePlaces).toArray();
        return solver.solve(table, freePlaces);
    }

    /** How the last {@link #solve} went: dual-check rounds, flow phases, candidate pairs in the last graph. */
    String lastRunStatistics() {
        return solver.rounds() + " rounds, " + solver.phases() + " phases, " + solver.candidateEdges() + " candidate pairs";
    }

    static void checkDistinctIds(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests) {
        Set<Long> mentorIds = new HashSet<>();
        for (MentorCandidate mentor : mentors) {
            if (!mentorIds.add(mentor.mentorId())) {
                throw new IllegalArgumentException("Mentor listed twice: " + mentor.mentorId());
            }
        }
        Set<Long> requestIds = new HashSet<>();
        for (MenteeRequestProfile request : requests) {
            if (!requestIds.add(request.requestId())) {
                throw new IllegalArgumentException("Request listed twice: " + request.requestId());
            }
        }
    }
}
