package org.peersupport.portal.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assigns a whole pool at once so that the sum of the pairs' scores is as high as possible: each
 * request gets at most one mentor, no mentor more than their free places. Exact (a min-cost flow
 * with a dual check, see {@link PoolSolver}), not greedy: one request never takes the mentor two
 * others needed more. Scores are computed on demand ({@link ScoreTable}), nothing is stored per pair,
 * so 20,000 × 20,000 fits a small heap; timings in bench/matching.sh and bench/README.md.
 */
public final class MatchAssigner {

    private static final int CANDIDATES_PER_REQUEST = 16;
    private static final int ADDITIONS_PER_REQUEST = 16;

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
        return solve(table, false);
    }

    /**
     * As {@link #solve(ScoreTable)}; {@code again} starts from the candidate pairs of the last solve
     * of this table (less what was excluded since), for the next proposal round. Same optimum either way.
     */
    int[] solve(ScoreTable table, boolean again) {
        int[] freePlaces = table.mentors.stream().mapToInt(MentorCandidate::freePlaces).toArray();
        return solver.solve(table, freePlaces, again);
    }

    /** How the last {@link #solve} went: dual-check rounds, flow phases and sweeps, candidate pairs in the last graph. */
    String lastRunStatistics() {
        return solver.rounds() + " rounds, " + solver.phases() + " phases, " + solver.sweeps() + " sweeps, " + solver.candidateEdges() + " candidate pairs";
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
