package org.peersupport.portal.mentoring.matching;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The exact maximum-score assignment of a whole {@link ScoreTable}, without building the full
 * request × mentor graph: solve on each request's best few mentors, then check the solution's LP
 * dual against every pair of the table. A pair whose score exceeds its request's and mentor's dual
 * prices could improve the total; such pairs join the candidate graph and it is solved again.
 * When no pair exceeds its prices, the dual proves the assignment optimal for the full table
 * (weak duality), so the pruning never costs score; it only decides how many rounds it takes.
 */
final class PoolSolver {

    /** Best mentors per request kept from the one pass over all pairs, for the first graphs and the dual checks. */
    private static final int SHORTLIST = 32;

    /** Best mentors per request in the first graph; 0 or less means every compatible mentor. */
    private final int candidatesPerRequest;
    /** Pairs a request may gain per round when the dual check finds violations. */
    private final int additionsPerRequest;

    private int rounds;
    private int phases;
    private int sweeps;
    private long candidateEdges;
    private int[][] lastCandidates;

    PoolSolver(int candidatesPerRequest, int additionsPerRequest) {
        this.candidatesPerRequest = candidatesPerRequest;
        this.additionsPerRequest = additionsPerRequest;
    }

    /** Mentor index per request (−1 for none), maximising the sum of table scores under {@code freePlaces}. */
    int[] solve(ScoreTable table, int[] freePlaces) {
        return solve(table, freePlaces, false);
    }

    /**
     * As {@link #solve(ScoreTable, int[])}, but when {@code again} the first graph also holds the pairs
     * of this solver's last graph on the same table (less the pairs excluded since): the next
     * proposal round's optimum is mostly among them, which spares dual-check rounds.
     */
    int[] solve(ScoreTable table, int[] freePlaces, boolean again) {
        int n = table.requestCount;
        int m = table.mentorCount;
        int[][] candidates = new int[n][];
        int[][] scores = new int[n][];
        boolean reuse = again && lastCandidates != null && lastCandidates.length == n;
        int[][] previous = lastCandidates;
        table.shortlist(freePlaces, candidatesPerRequest > 0 ? SHORTLIST : m);
        IntStream.range(0, n).parallel().forEach(i -> {
            // The shortlist's best (not yet excluded), plus for a later round the last graph's pairs.
            int[] list = table.shortlist(i);
            int[] start = reuse ? previous[i] : new int[0];
            int[] kept = new int[start.length + list.length];
            int[] keptScores = new int[kept.length];
            int size = 0;
            int fromList = 0;
            for (int mentor : list) {
                if (candidatesPerRequest > 0 && fromList == candidatesPerRequest) {
                    break;
                }
                int score = table.score(i, mentor);
                if (score > 0) {
                    kept[size] = mentor;
                    keptScores[size++] = score;
                    fromList++;
                }
            }
            int listed = size;
            for (int mentor : start) {
                int score = table.score(i, mentor);
                if (score > 0 && indexOf(kept, listed, mentor) < 0) {
                    kept[size] = mentor;
                    keptScores[size++] = score;
                }
            }
            candidates[i] = Arrays.copyOf(kept, size);
            scores[i] = Arrays.copyOf(keptScores, size);
        });
        rounds = 0;
        phases = 0;
        sweeps = 0;
        while (true) {
            rounds++;
            CandidateGraphSolver graph = new CandidateGraphSolver(freePlaces, candidates, scores);
            graph.solve();
            phases += graph.phases();
            sweeps += graph.sweeps();
            int[] mentorOf = graph.assignment();
            long[] mentorPrice = graph.mentorPrices(m);
            long[] requestPrice = graph.requestPrices(mentorOf, candidates, scores, mentorPrice);
            checkDualMatchesPrimal(table, freePlaces, mentorOf, requestPrice, mentorPrice);
            LongAdder added = new LongAdder();
            IntStream.range(0, n).parallel().forEach(i -> {
                int[] violations = table.violations(i, freePlaces, requestPrice[i], mentorPrice, additionsPerRequest);
                if (violations.length > 0) {
                    int old = candidates[i].length;
                    candidates[i] = Arrays.copyOf(candidates[i], old + violations.length);
                    scores[i] = Arrays.copyOf(scores[i], old + violations.length);
                    for (int k = 0; k < violations.length; k++) {
                        candidates[i][old + k] = violations[k];
                        scores[i][old + k] = table.score(i, violations[k]);
                    }
                    added.add(violations.length);
                }
            });
            if (added.sum() == 0) {
                candidateEdges = Arrays.stream(candidates).mapToLong(c -> c.length).sum();
                lastCandidates = candidates;
                return mentorOf;
            }
        }
    }

    private static int indexOf(int[] values, int length, int value) {
        for (int k = 0; k < length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

    int rounds() {
        return rounds;
    }

    int phases() {
        return phases;
    }

    int sweeps() {
        return sweeps;
    }

    long candidateEdges() {
        return candidateEdges;
    }

    /** Primal and dual totals are equal for an optimal pair of solutions; anything else is a bug here. */
    private static void checkDualMatchesPrimal(ScoreTable table, int[] freePlaces, int[] mentorOf,
            long[] requestPrice, long[] mentorPrice) {
        long primal = 0;
        long dual = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            if (mentorOf[i] >= 0) {
                primal += table.score(i, mentorOf[i]);
            }
            if (requestPrice[i] < 0) {
                throw new IllegalStateException("Negative dual price for request " + i);
            }
            dual += requestPrice[i];
        }
        for (int j = 0; j < mentorPrice.length; j++) {
            dual += mentorPrice[j] * freePlaces[j];
        }
        if (primal != dual) {
            throw new IllegalStateException("Assignment total " + primal + " differs from its dual bound " + dual);
        }
    }
}
