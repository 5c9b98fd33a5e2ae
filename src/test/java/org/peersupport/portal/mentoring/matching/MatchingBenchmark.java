package org.peersupport.portal.mentoring.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How long scoring and exactly assigning a pool takes: 5,000 mentors × 5,000 requests from
 * {@link RandomPool} with a fixed seed, a warm-up, then timed runs of {@link MatchAssigner#assign}
 * (which scores every pair). Then the three proposal rounds once, and the pruned solver against one
 * that starts from every compatible pair on medium pools (the totals must be equal: the dual check
 * makes the pruning exact). Run by bench/matching.sh; not a test.
 * Arguments: [mentors (5000)] [requests (5000)] [runs (7)].
 */
public final class MatchingBenchmark {

    private static final Instant WEEK = Instant.parse("2026-11-23T00:00:00Z");

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int mentorCount = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int requestCount = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), WEEK);
        RandomPool pool = new RandomPool(20261123L, mentorCount, requestCount);
        int places = pool.mentors.stream().mapToInt(MentorCandidate::freePlaces).sum();
        System.out.printf("pool: %,d mentors (%,d free places), %,d requests, %d cores, heap %d MB%n", mentorCount, places,
                requestCount, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        MatchAssigner assigner = new MatchAssigner();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            assigner.assign(pool.mentors, pool.requests, scorer);
        }
        long[] millis = new long[runs];
        Assignment assignment = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            assignment = assigner.assign(pool.mentors, pool.requests, scorer);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: %,d ms (%s)%n", run + 1, millis[run], assigner.lastRunStatistics());
        }
        Arrays.sort(millis);
        System.out.printf("score + assign: median %,d ms, max %,d ms over %d runs; total score %,d, matched %,d of %,d%n",
                millis[runs / 2], millis[runs - 1], runs, assignment.totalScore(), assignment.pairs().size(), requestCount);

        long scoringStart = System.nanoTime();
        ScoreTable table = scorer.scoreTable(pool.mentors, pool.requests);
        System.out.printf("of which scoring alone: %,d ms (%,d pairs)%n", (System.nanoTime() - scoringStart) / 1_000_000,
                (long) table.mentorCount * table.requestCount);

        long proposeStart = System.nanoTime();
        Map<Long, List<Proposal>> proposals = new ProposalPlanner(scorer).propose(pool.mentors, pool.requests);
        long withThree = proposals.values().stream().filter(list -> list.size() == 3).count();
        System.out.printf("three proposal rounds: %,d ms; %,d requests with 3 proposals%n",
                (System.nanoTime() - proposeStart) / 1_000_000, withThree);

        System.out.println("gap of the pruned start against every compatible pair (300 x 300, 10 pools):");
        MatchAssigner unpruned = new MatchAssigner(0);
        long largestGap = 0;
        for (int seed = 1; seed <= 10; seed++) {
            RandomPool medium = new RandomPool(seed, 300, 300);
            long pruned = assigner.assign(medium.mentors, medium.requests, scorer).totalScore();
            String prunedRun = assigner.lastRunStatistics();
            long full = unpruned.assign(medium.mentors, medium.requests, scorer).totalScore();
            largestGap = Math.max(largestGap, Math.abs(full - pruned));
            System.out.printf("  pool %2d: pruned %,d (%s), every pair %,d (%s)%n", seed, pruned, prunedRun, full,
                    unpruned.lastRunStatistics());
        }
        System.out.printf("largest gap: %d%n", largestGap);
        // The check: the pruned solver is exact, so its total equals the every-pair solver's on every medium pool.
        System.out.printf("%n| mentors | requests | median ms | max ms | total score | matched | largest gap |%n"
                + "|---|---|---|---|---|---|---|%n| %d | %d | %d | %d | %d | %d | %d |%n", mentorCount, requestCount, millis[runs / 2],
                millis[runs - 1], assignment.totalScore(), assignment.pairs().size(), largestGap);
        System.out.println(largestGap == 0 ? "PASS: gap 0" : "FAIL: the pruned solver missed the optimum by " + largestGap);
        System.exit(largestGap == 0 ? 0 : 1);
    }
}
