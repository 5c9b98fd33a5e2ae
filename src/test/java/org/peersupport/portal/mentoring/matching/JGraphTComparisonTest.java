package org.peersupport.portal.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assigner and the proposal rounds against an independent, maintained solver: JGraphT's maximum
 * weight bipartite matching, with each mentor split into one vertex per free place and every pair
 * scored by the readable {@link CompatibilityScorer} (not the assigner's score table). Equal totals
 * on every pool; which of several equally good pairs is chosen may differ.
 */
class JGraphTComparisonTest {

    private static final Instant WEEK = Instant.parse("2026-11-23T00:00:00Z");

    private final CompatibilityScorer scorer = new CompatibilityScorer(MatchWeights.defaults(), WEEK);

    static Stream<Arguments> pools() {
        return Stream.of(
                Arguments.of(1L, 12, 15), Arguments.of(2L, 25, 40), Arguments.of(3L, 40, 25), Arguments.of(4L, 60, 60),
                Arguments.of(5L, 80, 150), Arguments.of(6L, 150, 100), Arguments.of(7L, 120, 120), Arguments.of(8L, 5, 60));
    }

    @ParameterizedTest(name = "seed {0}: {1} mentors x {2} requests")
    @MethodSource("pools")
    void assignmentTotalEqualsJGraphTsMaximumWeightMatching(long seed, int mentorCount, int requestCount) {
        RandomPool pool = new RandomPool(seed, mentorCount, requestCount);

        Assignment assignment = new MatchAssigner().assign(pool.mentors, pool.requests, scorer);

        assertThat(assignment.totalScore()).isEqualTo(jgraphtOptimum(pool, Set.of()));
    }

    @ParameterizedTest(name = "seed {0}: {1} mentors x {2} requests")
    @MethodSource("pools")
    void everyProposalRoundEqualsJGraphTOverWhatIsLeft(long seed, int mentorCount, int requestCount) {
        RandomPool pool = new RandomPool(seed, mentorCount, requestCount);

        Map<Long, List<Proposal>> proposals = new ProposalPlanner(scorer).propose(pool.mentors, pool.requests);

        Set<ExcludedPair> earlier = new HashSet<>();
        for (int rank = 1; rank <= ProposalPlanner.DEFAULT_PROPOSALS; rank++) {
            int round = rank;
            long total = 0;
            Set<ExcludedPair> thisRound = new HashSet<>();
            for (Map.Entry<Long, List<Proposal>> entry : proposals.entrySet()) {
                for (Proposal proposal : entry.getValue()) {
                    if (proposal.rank() == round) {
                        total += proposal.compatibility().score();
                        thisRound.add(new ExcludedPair(entry.getKey(), proposal.mentorId()));
                    }
                }
            }
            assertThat(total).as("round %d", round).isEqualTo(jgraphtOptimum(pool, earlier));
            earlier.addAll(thisRound);
        }
    }

    /** The highest total JGraphT finds, each mentor taking up to their free places, {@code excluded} pairs left out. */
    private long jgraphtOptimum(RandomPool pool, Set<ExcludedPair> excluded) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> requestSide = new HashSet<>();
        Set<String> mentorSide = new HashSet<>();
        for (MenteeRequestProfile request : pool.requests) {
            String vertex = "r" + request.requestId();
            graph.addVertex(vertex);
            requestSide.add(vertex);
        }
        for (MentorCandidate mentor : pool.mentors) {
            for (int place = 0; place < mentor.freePlaces(); place++) {
                String vertex = "m" + mentor.mentorId() + "/" + place;
                graph.addVertex(vertex);
                mentorSide.add(vertex);
            }
        }
        for (MenteeRequestProfile request : pool.requests) {
            for (MentorCandidate mentor : pool.mentors) {
                if (excluded.contains(new ExcludedPair(request.requestId(), mentor.mentorId()))) {
                    continue;
                }
                int score = scorer.score(mentor, request).map(Compatibility::score).orElse(0);
                if (score <= 0) {
                    continue;
                }
                for (int place = 0; place < mentor.freePlaces(); place++) {
                    DefaultWeightedEdge edge = graph.addEdge("r" + request.requestId(), "m" + mentor.mentorId() + "/" + place);
                    graph.setEdgeWeight(edge, score);
                }
            }
        }
        double weight = new MaximumWeightBipartiteMatching<>(graph, requestSide, mentorSide).getMatching().getWeight();
        return Math.round(weight);
    }
}
