package org.peersupport.portal.mentoring.matching;

import java.util.List;

/**
 * The result of assigning a pool: pairs in the order of the requests given, the sum of their
 * scores, and the requests left without a mentor (no compatible mentor with a free place).
 */
public record Assignment(List<MatchedPair> pairs, long totalScore, List<Long> unmatchedRequestIds) {

    public Assignment {
        pairs = List.copyOf(pairs);
        unmatchedRequestIds = List.copyOf(unmatchedRequestIds);
    }
}
