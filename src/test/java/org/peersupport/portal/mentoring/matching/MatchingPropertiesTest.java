package org.peersupport.portal.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/**
 * The assigner and planner against their promises, on random pools, with a brute force for the optimum.
 * Every case is one seed, named in the test's display name and in any failure, so a failing case is
 * replayed by its seed alone; the seeds are fixed, so every run checks the same cases.
 */
class MatchingPropertiesTest {

    private static final Instant WEEK = Instant.parse("2026-03-23T00:00:00Z");
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Madrid"), ZoneId.of("America/Mexico_City"),
        ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu")};
    private static final String[] LANGUAGES = {"en", "es", "fr"};
    private static final long SEEDS_FROM = 20_260_323L;

    private final CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), WEEK);

    static LongStream smallPools() {
        return seeds(300);
    }

    static LongStream mediumPools() {
        return seeds(15);
    }

    static LongStream scoreTables() {
        return seeds(50);
    }

    private static LongStream seeds(int cases) {
        return new SplittableRandom(SEEDS_FROM).longs(cases);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallPools")
    void assignmentNeverExceedsFreePlaces(long seed) {
        SmallPool pool = new SmallPool(new Random(seed));

        withSeed(seed, () -> {
            Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

            assertWithinFreePlaces(pool.mentors, assignment.pairs().stream().map(MatchedPair::mentorId).toList());
            assertThat(assignment.pairs().size() + assignment.unmatchedRequestIds().size()).isEqualTo(pool.requests.size());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallPools")
    void noPairWithoutASharedLanguageIsAssignedOrProposed(long seed) {
        SmallPool pool = new SmallPool(new Random(seed));
        Map<Long, MentorCandidate> mentors = byId(pool.mentors);
        Map<Long, MenteeRequestProfile> requests = new HashMap<>();
        pool.requests.forEach(request -> requests.put(request.requestId(), request));

        withSeed(seed, () -> {
            for (MatchedPair pair : new MatchAssigner().assign(pool.mentors, pool.requests, scorer).pairs()) {
                assertThat(sharesLanguage(mentors.get(pair.mentorId()), requests.get(pair.requestId()))).isTrue();
            }
            new ProposalPlanner(scorer).propose(pool.mentors, pool.requests).forEach((requestId, proposals) ->
                    proposals.forEach(proposal ->
                            assertThat(sharesLanguage(mentors.get(proposal.mentorId()), requests.get(requestId))).isTrue()));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallPools")
    void totalScoreIsTheBruteForceOptimum(long seed) {
        SmallPool pool = new SmallPool(new Random(seed));

        withSeed(seed, () -> {
            Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

            assertThat(assignment.totalScore()).isEqualTo(bruteForceOptimum(pool.mentors, pool.requests, Set.of()));
            assertThat(assignment.totalScore()).isEqualTo(assignment.pairs().stream().mapToLong(p -> p.compatibility().score()).sum());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallPools")
    void everyProposalRoundIsOptimalOverWhatIsLeft(long seed) {
        Random random = new Random(seed);
        SmallPool pool = new SmallPool(random);
        int mentorCount = pool.mentors.size();
        int requestCount = pool.requests.size();
        Set<ExcludedPair> excluded = new HashSet<>();
        for (int e = random.nextInt(4); e > 0 && mentorCount > 0 && requestCount > 0; e--) {
            excluded.add(new ExcludedPair(pool.requests.get(random.nextInt(requestCount)).requestId(),
                    pool.mentors.get(random.nextInt(mentorCount)).mentorId()));
        }

        withSeed(seed, () -> {
            Map<Long, List<Proposal>> proposals = new ProposalPlanner(scorer).propose(pool.mentors, pool.requests, excluded, 3);

            assertThat(proposals.keySet()).containsExactlyElementsOf(pool.requests.stream().map(MenteeRequestProfile::requestId).toList());
            Set<ExcludedPair> earlier = new HashSet<>(excluded);
            for (int rank = 1; rank <= 3; rank++) {
                int round = rank;
                List<ExcludedPair> thisRound = new ArrayList<>();
                long roundTotal = 0;
                for (Map.Entry<Long, List<Proposal>> entry : proposals.entrySet()) {
                    for (Proposal proposal : entry.getValue()) {
                        if (proposal.rank() == round) {
                            thisRound.add(new ExcludedPair(entry.getKey(), proposal.mentorId()));
                            roundTotal += proposal.compatibility().score();
                        }
                    }
                }
                assertThat(thisRound).noneMatch(earlier::contains);
                assertWithinFreePlaces(pool.mentors, thisRound.stream().map(ExcludedPair::mentorId).toList());
                assertThat(roundTotal).as("round %d", round).isEqualTo(bruteForceOptimum(pool.mentors, pool.requests, earlier));
                earlier.addAll(thisRound);
            }
            proposals.values().forEach(list -> {
                assertThat(list).hasSizeLessThanOrEqualTo(3);
                assertThat(list.stream().map(Proposal::mentorId)).doesNotHaveDuplicates();
                assertThat(list.stream().map(Proposal::rank)).isSorted();
            });
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("mediumPools")
    void mediumPoolsStayWithinFreePlacesAndLoseNothingToPruning(long seed) {
        Random random = new Random(seed);
        int mentorCount = 20 + random.nextInt(231);
        int requestCount = 20 + random.nextInt(381);
        RandomPool pool = new RandomPool(random.nextLong(), mentorCount, requestCount);

        withSeed(seed, () -> {
            Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

            assertWithinFreePlaces(pool.mentors, assignment.pairs().stream().map(MatchedPair::mentorId).toList());
            assertThat(assignment.totalScore())
                    .isEqualTo(new MatchAssigner(0).assign(pool.mentors, pool.requests, scorer).totalScore());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("scoreTables")
    void scoreTableAgreesWithTheReadableScorer(long seed) {
        RandomPool pool = new RandomPool(seed, 30, 30);

        withSeed(seed, () -> {
            ScoreTable table = scorer.scoreTable(pool.mentors, pool.requests);

            for (int i = 0; i < pool.requests.size(); i++) {
                for (int j = 0; j < pool.mentors.size(); j++) {
                    int expected = scorer.score(pool.mentors.get(j), pool.requests.get(i)).map(Compatibility::score).orElse(0);
                    assertThat(table.score(i, j)).isEqualTo(expected);
                }
            }
        });
    }

    /** Runs the checks of one case; a failure names the seed that reproduces it. */
    private static void withSeed(long seed, Runnable checks) {
        try {
            checks.run();
        } catch (AssertionError failure) {
            throw new AssertionError("seed " + seed + ": " + failure.getMessage(), failure);
        }
    }

    private static void assertWithinFreePlaces(List<MentorCandidate> mentors, List<Long> assignedMentorIds) {
        Map<Long, Integer> taken = new HashMap<>();
        assignedMentorIds.forEach(id -> taken.merge(id, 1, Integer::sum));
        Map<Long, MentorCandidate> byId = byId(mentors);
        taken.forEach((id, count) -> assertThat(count).as("mentor %d", id).isLessThanOrEqualTo(byId.get(id).freePlaces()));
    }

    private static Map<Long, MentorCandidate> byId(List<MentorCandidate> mentors) {
        Map<Long, MentorCandidate> byId = new HashMap<>();
        mentors.forEach(mentor -> byId.put(mentor.mentorId(), mentor));
        return byId;
    }

    private static boolean sharesLanguage(MentorCandidate mentor, MenteeRequestProfile request) {
        return mentor.languages().stream().anyMatch(request.languages()::contains);
    }

    /** Tries every way of giving each request one mentor or none; scores from the readable scorer. */
    private long bruteForceOptimum(List<MentorCandidate> mentors, List<MenteeRequestProfile> requests, Set<ExcludedPair> excluded) {
        int[][] score = new int[requests.size()][mentors.size()];
        for (int i = 0; i < requests.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                boolean isExcluded = excluded.contains(new ExcludedPair(requests.get(i).requestId(), mentors.get(j).mentorId()));
                score[i][j] = isExcluded ? 0 : scorer.score(mentors.get(j), requests.get(i)).map(Compatibility::score).orElse(0);
            }
        }
        int[] left = mentors.stream().mapToInt(MentorCandidate::freePlaces).toArray();
        return best(score, left, 0);
    }

    private static long best(int[][] score, int[] left, int request) {
        if (request == score.length) {
            return 0;
        }
        long best = best(score, left, request + 1);
        for (int j = 0; j < left.length; j++) {
            if (left[j] > 0 && score[request][j] > 0) {
                left[j]--;
                best = Math.max(best, score[request][j] + best(score, left, request + 1));
                left[j]++;
            }
        }
        return best;
    }

    /** Few languages, areas and zones, so pairs compete for the same mentors and ties are common. */
    private static final class SmallPool {
        final List<MentorCandidate> mentors = new ArrayList<>();
        final List<MenteeRequestProfile> requests = new ArrayList<>();

        /** 0–4 mentors and 0–6 requests, drawn from {@code random} like everything else in the pool. */
        SmallPool(Random random) {
            int mentorCount = random.nextInt(5);
            int requestCount = random.nextInt(7);
            for (int j = 0; j < mentorCount; j++) {
                int capacity = 1 + random.nextInt(3);
                mentors.add(new MentorCandidate(100 + j, areas(random), languages(random), ZONES[random.nextInt(ZONES.length)],
                        availability(random), capacity, random.nextInt(4) == 0 ? random.nextInt(capacity + 1) : 0,
                        random.nextBoolean() ? null : Gender.values()[random.nextInt(Gender.values().length)],
                        random.nextBoolean() ? null : AgeBand.values()[random.nextInt(AgeBand.values().length)]));
            }
            for (int i = 0; i < requestCount; i++) {
                boolean age = random.nextBoolean();
                requests.add(new MenteeRequestProfile(1 + i, areas(random), languages(random), ZONES[random.nextInt(ZONES.length)],
                        availability(random), random.nextBoolean() ? null : Gender.values()[random.nextInt(Gender.values().length)],
                        age ? AgeBand.FROM_25_TO_34 : null, age ? AgeBand.FROM_45_TO_54 : null));
            }
        }

        private static Set<ExperienceArea> areas(Random random) {
            Set<ExperienceArea> areas = EnumSet.noneOf(ExperienceArea.class);
            for (int k = 0; k < 4; k++) {
                if (random.nextInt(3) == 0) {
                    areas.add(ExperienceArea.values()[k]);
                }
            }
            return areas;
        }

        private static Set<String> languages(Random random) {
            Set<String> languages = new HashSet<>();
            languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
            if (random.nextInt(3) == 0) {
                languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
            }
            return languages;
        }

        private static WeeklyAvailability availability(Random random) {
            List<WeeklySlot> slots = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                int start = 8 + random.nextInt(12);
                // Minutes off the quarter hour now and then, so the exact interval path is exercised too.
                int minute = random.nextInt(5) == 0 ? random.nextInt(60) : 0;
                slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(start, minute),
                        LocalTime.of(start + 1 + random.nextInt(4), 0)));
            }
            return new WeeklyAvailability(slots);
        }
    }
}
