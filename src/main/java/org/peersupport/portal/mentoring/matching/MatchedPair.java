package org.peersupport.portal.mentoring.matching;

/** A request and the mentor the assigner gave it, with why they fit. */
public record MatchedPair(long requestId, long mentorId, Compatibility compatibility) {
}
