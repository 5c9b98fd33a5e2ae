package org.peersupport.portal.mentoring.matching;

import java.util.Arrays;
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

    /** Best mentors per request in the first graph; 0 or less means every compatible mentor. */
    private final int candidatesPerRequest;
    /** Pairs a request may gain per round when the dual check finds violations. */
    private final int additionsPerRequest;

    private int rounds;
    private int phases;
    private long candidateEdges;

    PoolSolver(int candidatesPerRequest, int additionsPerRequest) {
        this.candidatesPerRequest = candidatesPerRequest;
        this.additionsPerRequest = additionsPerRequest;
    }

    /** Mentor index per request (−1 for none), maximising the sum of table scores under {@code freePlaces}. */
    int[] solve(ScoreTable table, int[] freePlaces) {
        int n = table.requestCount;
        int m = table.mentorCount;
        int[][] candidates = new int[n][];
        int[][] scores = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            long[] best = best(table, i, freePlaces, null, null, candidatesPerRequest > 0 ? candidatesPerRequest : m);
            candidates[i] = new int[best.length];
            scores[i] = new int[best.length];
            for (int k = 0; k < best.length; k++) {
                candidates[i][k] = (int) best[k];
                scores[i][k] = table.score(i, candidates[i][k]);
            }
        });
        rounds = 0;
        phases = 0;
        while (true) {
            rounds++;
            CandidateGraphSolver graph = new CandidateGraphSolver(freePlaces, candidates, scores);
            graph.solve();
            phases += graph.phases();
            int[] mentorOf = graph.assignment();
            long[] mentorPrice = graph.mentorPrices(m);
            long[] requestPrice = graph.requestPrices(mentorOf, candidates, scores, mentorPrice);
            checkDualMatchesPrimal(table, freePlaces, mentorOf, requestPrice, mentorPrice);
            int[] added = new int[1];
            IntStream.range(0, n).parallel().forEach(i -> {
                long[] violations = best(table, i, freePlaces, requestPrice, mentorPrice, additionsPerRequest);
                if (violations.length > 0) {
                    int old = candidates[i].length;
                    candidates[i] = Arrays.copyOf(candidates[i], old + violations.length);
                    scores[i] = Arrays.copyOf(scores[i], old + violations.length);
                    for (int k = 0; k < violations.length; k++) {
                        candidates[i][old + k] = (int) violations[k];
                        scores[i][old + k] = table.score(i, (int) violations[k]);
                    }
                    synchronized (added) {
                        added[0] += violations.length;
                    }
                }
            });
            if (added[0] == 0) {
                candidateEdges = Arrays.stream(candidates).mapToLong(c -> c.length).sum();
                return mentorOf;
            }
        }
    }

    int rounds() {
        return rounds;
    }

    int phases() {
        return phases;
    }

    long candidateEdges() {
        return candidateEdges;
    }

    /**
     * The {@code limit} mentors with the highest key for request {@code i}, as indices. Without
     * prices the key is the score (any compatible mentor with room); with prices it is the amount
     * by which the score exceeds the dual prices, and only pairs exceeding them count.
     */
    private static long[] best(ScoreTable table, int i, int[] freePlaces, long[] requestPrice, long[] mentorPrice, int limit) {
        short[] row = table.row(i, new short[table.mentorCount]);
        long[] heap = new long[Math.min(limit, row.length)];
        int size = 0;
        for (int j = 0; j < row.length; j++) {
            if (row[j] <= 0 || freePlaces[j] <= 0) {
                continue;
            }
            long key = requestPrice == null ? row[j] : row[j] - requestPrice[i] - mentorPrice[j];
            if (key <= 0 || heap.length == 0) {
                continue;
            }
            long entry = key << 32 | j;
            if (size < heap.length) {
                heap[size] = entry;
                siftUp(heap, size++);
            } else if (entry > heap[0]) {
                heap[0] = entry;
                siftDown(heap, size);
            }
        }
        long[] mentors = new long[size];
        for (int k = 0; k < size; k++) {
            mentors[k] = heap[k] & 0xFFFF_FFFFL;
        }
        return mentors;
    }

    private static void siftUp(long[] heap, int k) {
        long key = heap[k];
        while (k > 0 && heap[(k - 1) >>> 1] > key) {
            heap[k] = heap[(k - 1) >>> 1];
            k = (k - 1) >>> 1;
        }
        heap[k] = key;
    }

    private static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int k = 0;
        while (2 * k + 1 < size) {
            int child = 2 * k + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = key;
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
