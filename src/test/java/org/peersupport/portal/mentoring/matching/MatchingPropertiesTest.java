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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/** The assigner and planner against their promises, on random pools, with a brute force for the optimum. */
class MatchingPropertiesTest {

    private static final Instant WEEK = Instant.parse("2026-03-23T00:00:00Z");
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Madrid"), ZoneId.of("America/Mexico_City"),
        ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu")};
    private static final String[] LANGUAGES = {"en", "es", "fr"};

    private final CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), WEEK);

    @Property(tries = 300)
    void assignmentNeverExceedsFreePlaces(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mentorCount,
            @ForAll @IntRange(min = 0, max = 6) int requestCount) {
        SmallPool pool = new SmallPool(seed, mentorCount, requestCount);

        Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

        assertWithinFreePlaces(pool.mentors, assignment.pairs().stream().map(MatchedPair::mentorId).toList());
        assertThat(assignment.pairs().size() + assignment.unmatchedRequestIds().size()).isEqualTo(requestCount);
    }

    @Property(tries = 300)
    void noPairWithoutASharedLanguageIsAssignedOrProposed(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mentorCount,
            @ForAll @IntRange(min = 0, max = 6) int requestCount) {
        SmallPool pool = new SmallPool(seed, mentorCount, requestCount);
        Map<Long, MentorCandidate> mentors = byId(pool.mentors);
        Map<Long, MenteeRequestProfile> requests = new HashMap<>();
        pool.requests.forEach(request -> requests.put(request.requestId(), request));

        for (MatchedPair pair : new MatchAssigner().assign(pool.mentors, pool.requests, scorer).pairs()) {
            assertThat(sharesLanguage(mentors.get(pair.mentorId()), requests.get(pair.requestId()))).isTrue();
        }
        new ProposalPlanner(scorer).propose(pool.mentors, pool.requests).forEach((requestId, proposals) ->
                proposals.forEach(proposal ->
                        assertThat(sharesLanguage(mentors.get(proposal.mentorId()), requests.get(requestId))).isTrue()));
    }

    @Property(tries = 300)
    void totalScoreIsTheBruteForceOptimum(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mentorCount,
            @ForAll @IntRange(min = 0, max = 6) int requestCount) {
        SmallPool pool = new SmallPool(seed, mentorCount, requestCount);

        Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

        assertThat(assignment.totalScore()).isEqualTo(bruteForceOptimum(pool.mentors, pool.requests, Set.of()));
        assertThat(assignment.totalScore()).isEqualTo(assignment.pairs().stream().mapToLong(p -> p.compatibility().score()).sum());
    }

    @Property(tries = 300)
    void everyProposalRoundIsOptimalOverWhatIsLeft(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int mentorCount,
            @ForAll @IntRange(min = 0, max = 6) int requestCount, @ForAll @IntRange(min = 0, max = 3) int excludedCount) {
        SmallPool pool = new SmallPool(seed, mentorCount, requestCount);
        Set<ExcludedPair> excluded = new HashSet<>();
        Random random = new Random(seed);
        for (int e = 0; e < excludedCount && mentorCount > 0 && requestCount > 0; e++) {
            excluded.add(new ExcludedPair(pool.requests.get(random.nextInt(requestCount)).requestId(),
                    pool.mentors.get(random.nextInt(mentorCount)).mentorId()));
        }

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
    }

    @Property(tries = 15)
    void mediumPoolsStayWithinFreePlacesAndLoseNothingToPruning(@ForAll long seed,
            @ForAll @IntRange(min = 20, max = 250) int mentorCount, @ForAll @IntRange(min = 20, max = 400) int requestCount) {
        RandomPool pool = new RandomPool(seed, mentorCount, requestCount);

        Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

        assertWithinFreePlaces(pool.mentors, assignment.pairs().stream().map(MatchedPair::mentorId).toList());
        assertThat(assignment.totalScore())
                .isEqualTo(new MatchAssigner(0).assign(pool.mentors, pool.requests, scorer).totalScore());
    }

    @Property(tries = 50)
    void scoreTableAgreesWithTheReadableScorer(@ForAll long seed) {
        RandomPool pool = new RandomPool(seed, 30, 30);
        ScoreTable table = scorer.scoreTable(pool.mentors, pool.requests);

        for (int i = 0; i < pool.requests.size(); i++) {
            for (int j = 0; j < pool.mentors.size(); j++) {
                int expected = scorer.score(pool.mentors.get(j), pool.requests.get(i)).map(Compatibility::score).orElse(0);
                assertThat(table.score(i, j)).isEqualTo(expected);
            }
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

        SmallPool(long seed, int mentorCount, int requestCount) {
            Random random = new Random(seed);
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
