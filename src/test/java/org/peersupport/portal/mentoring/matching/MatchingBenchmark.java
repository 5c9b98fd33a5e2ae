package org.peersupport.portal.mentoring.matching;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long the coordinator's matching run takes: {@link ProposalPlanner#propose} with three rounds,
 * as ProposalService runs it (score, optimal assignment, two more optimal rounds over what is left),
 * on {@link RandomPool}s with fixed seeds: 5,000 × 5,000 (warm-up, then the median of several runs,
 * goal under 2 s) and 20,000 × 20,000 (goal under 15 s). Then the pruned solver against one that
 * starts from every compatible pair on medium pools, for the assignment and for each proposal round
 * (the totals must be equal: the dual check makes the pruning exact). Run by bench/matching.sh; not a test.
 * Prints one table; exits 1 when a goal or the check is missed.
 * Arguments: [mentors (5000)] [requests (5000)] [runs (7)] [large pool (20000)] [large runs (2)].
 */
public final class MatchingBenchmark {

    private static final Instant WEEK = Instant.parse("2026-11-23T00:00:00Z");
    private static final long SMALL_GOAL_MS = 2_000;
    private static final long LARGE_GOAL_MS = 15_000;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int mentorCount = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int requestCount = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int large = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        int largeRuns = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), WEEK);
        System.out.printf("%d cores, heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<String> rows = new ArrayList<>();
        boolean pass = true;
        RandomPool pool = new RandomPool(20261123L, mentorCount, requestCount);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            new ProposalPlanner(scorer).propose(pool.mentors, pool.requests);
        }
        pass &= timeRuns(scorer, pool, runs, SMALL_GOAL_MS, rows);
        if (large > 0 && largeRuns > 0) {
            pass &= timeRuns(scorer, new RandomPool(20261123L, large, large), largeRuns, LARGE_GOAL_MS, rows);
        }

        System.out.println("gap of the pruned solver against every compatible pair (300 x 300, 10 pools; assignment and 3 rounds):");
        MatchAssigner pruned = new MatchAssigner();
        MatchAssigner unpruned = new MatchAssigner(0);
        long largestGap = 0;
        for (int seed = 1; seed <= 10; seed++) {
            RandomPool medium = new RandomPool(seed, 300, 300);
            long prunedTotal = pruned.assign(medium.mentors, medium.requests, scorer).totalScore();
            String prunedRun = pruned.lastRunStatistics();
            long fullTotal = unpruned.assign(medium.mentors, medium.requests, scorer).totalScore();
            largestGap = Math.max(largestGap, Math.abs(fullTotal - prunedTotal));
            Map<Long, List<Proposal>> proposals = new ProposalPlanner(scorer, pruned).propose(medium.mentors, medium.requests);
            long[] prunedRounds = roundTotals(proposals);
            // Each round against the every-pair solver over what the earlier rounds left (ties may pick other pairs).
            long[] fullRounds = new long[3];
            Set<ExcludedPair> earlier = new HashSet<>();
            for (int r = 0; r < 3; r++) {
                int rank = r + 1;
                fullRounds[r] = roundTotals(new ProposalPlanner(scorer, unpruned).propose(medium.mentors, medium.requests,
                        earlier, 1))[0];
                largestGap = Math.max(largestGap, Math.abs(fullRounds[r] - prunedRounds[r]));
                proposals.forEach((request, list) -> list.stream().filter(p -> p.rank() == rank)
                        .forEach(p -> earlier.add(new ExcludedPair(request, p.mentorId()))));
            }
            System.out.printf("  pool %2d: assignment pruned %,d (%s), every pair %,d (%s); rounds pruned %s, every pair %s%n",
                    seed, prunedTotal, prunedRun, fullTotal, unpruned.lastRunStatistics(), Arrays.toString(prunedRounds),
                    Arrays.toString(fullRounds));
        }
        pass &= largestGap == 0;
        rows.add(String.format("| pruned vs every pair, 10 pools 300 x 300 | largest gap | %d | 0 | %s |", largestGap,
                largestGap == 0 ? "PASS" : "FAIL"));

        System.out.printf("%n| check | measure | value | goal | result |%n|---|---|---|---|---|%n");
        rows.forEach(System.out::println);
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    /** Times the whole three-round run; adds a row; true when the median meets the goal. */
    private static boolean timeRuns(CompatibilityScorer scorer, RandomPool pool, int runs, long goalMs, List<String> rows) {
        int mentors = pool.mentors.size();
        int requests = pool.requests.size();
        int places = pool.mentors.stream().mapToInt(MentorCandidate::freePlaces).sum();
        long[] millis = new long[runs];
        long[] cpuMillis = new long[runs];
        long[] totals = null;
        MatchAssigner assigner = new MatchAssigner();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Map<Long, List<Proposal>> proposals = new ProposalPlanner(scorer, assigner).propose(pool.mentors, pool.requests,
                    Set.of(), ProposalPlanner.DEFAULT_PROPOSALS);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            cpuMillis[run] = (processCpuNanos() - cpuStart) / 1_000_000;
            totals = roundTotals(proposals);
            System.out.printf("%,d x %,d run %d: %,d ms (CPU %,d ms); round totals %s (last round: %s)%n", mentors, requests,
                    run + 1, millis[run], cpuMillis[run], Arrays.toString(totals), assigner.lastRunStatistics());
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        // With an even number of runs, the mean of the middle two.
        long median = (millis[(runs - 1) / 2] + millis[runs / 2]) / 2;
        boolean met = median < goalMs;
        rows.add(String.format("| whole run %,d mentors (%,d places) x %,d requests, %d runs | median ms (max) | %,d (%,d) | < %,d | %s |",
                mentors, places, requests, runs, median, millis[runs - 1], goalMs, met ? "PASS" : "FAIL"));
        // CPU time of the whole JVM (both cores): less swayed than wall time by other work on the machine.
        rows.add(String.format("| same, CPU time | median ms | %,d | | |", (cpuMillis[(runs - 1) / 2] + cpuMillis[runs / 2]) / 2));
        rows.add(String.format("| same, round totals | score | %s | | |", Arrays.toString(totals)));
        return met;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The sum of scores proposed in each of the three rounds. */
    static long[] roundTotals(Map<Long, List<Proposal>> proposals) {
        long[] totals = new long[3];
        proposals.values().forEach(list -> list.forEach(p -> totals[p.rank() - 1] += p.compatibility().score()));
        return totals;
    }
}
