package org.peersupport.portal.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.peersupport.portal.testsupport.RaceCheck;
import org.peersupport.portal.testsupport.RaceMembers;
import org.peersupport.portal.testsupport.SignUpRace;

/**
 * The workshop issue's race on a running portal (bench/workshop-race.sh starts one): N members
 * (200) are written into its database and signed in once; then, run after run, a new workshop
 * with C seats (25) is published and every member signs up for it at the same moment through the
 * workshop page. Prints one table and exits 1 unless every run left exactly C confirmed, N - C
 * waitlisted with numbers 1..N-C, had no error answer, and ended within the goal (3 s from the
 * release of the posts to the last answer).
 */
public final class WorkshopRaceBenchmark {

    private WorkshopRaceBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> baseUrls = Arrays.asList(System.getProperty("bench.baseUrl", "http://127.0.0.1:8184/").split(","));
        String dbUrl = System.getProperty("bench.dbUrl");
        String dbUser = System.getProperty("bench.dbUser", "root");
        String dbPassword = System.getProperty("bench.dbPassword", "");
        int count = Integer.getInteger("bench.members", 200);
        int capacity = Integer.getInteger("bench.capacity", 25);
        int runs = Integer.getInteger("bench.runs", 5);
        long goalMs = Long.getLong("bench.goalMs", 3000);
        String tag = UUID.randomUUID().toString().substring(0, 6);

        RaceMembers members = RaceMembers.create(dbUrl, dbUser, dbPassword, "race-" + tag, count);
        long start = System.nanoTime();
        SignUpRace race = SignUpRace.signIn(baseUrls, members.emails(), RaceMembers.PASSWORD, 4);
        System.out.printf(Locale.ROOT, "%d members signed in on %s in %.1f s%n", count, baseUrls, (System.nanoTime() - start) / 1e9);

        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allPassed = true;
        for (int number = 1; number <= runs; number++) {
            int run = number;
            long workshop = RaceMembers.createWorkshop(dbUrl, dbUser, dbPassword, "Race " + tag + " run " + run, capacity);
            SignUpRace.Result result = race.race(workshop);
            RaceCheck check = RaceCheck.of(dbUrl, dbUser, dbPassword, workshop, capacity, members.ids());
            boolean inTime = result.wallMillis() < goalMs;
            boolean passed = check.passed() && result.errors().isEmpty() && inTime;
            allPassed &= passed;
            rows.add(String.format(Locale.ROOT, "| %d | %d | %d | %d | %s | %d | %s | %.0f | %.0f | %.0f | %.1f | %s |", run, count,
                    check.confirmed(), check.waitlisted(), check.positionsOk() ? "yes" : "NO", result.errors().size(),
                    SignUpRace.describe(result.statuses()), result.wallMillis(), result.percentileMillis(50),
                    result.percentileMillis(95), result.prepareNanos() / 1e9, passed ? "ok" : "MISSED"));
            check.problems().forEach(problem -> notes.add("run " + run + ": " + problem));
            result.errors().stream().limit(5).forEach(error -> notes.add("run " + run + ": " + error.member() + " " + error.problem()));
            if (!inTime) {
                notes.add(String.format(Locale.ROOT, "run %d: %.0f ms, over the %d ms goal", run, result.wallMillis(), goalMs));
            }
        }

        System.out.printf(Locale.ROOT, "%nSign-up race: %d members, %d seats, %d run(s), goal %d ms%n%n", count, capacity, runs, goalMs);
        System.out.println("| run | racers | confirmed | waitlisted | positions 1..N gap-free | errors | HTTP statuses | wall ms"
                + " | p50 ms | p95 ms | page loads s | result |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        notes.forEach(note -> System.out.println("  " + note));
        System.out.printf("%ncheck: exactly %d confirmed, %d waitlisted 1..%d, no errors, under %d ms in every run: %s%n", capacity,
                count - capacity, count - capacity, goalMs, allPassed ? "yes" : "NO");
        System.out.println(allPassed ? "PASS" : "FAIL");
        System.exit(allPassed ? 0 : 1);
    }
}
