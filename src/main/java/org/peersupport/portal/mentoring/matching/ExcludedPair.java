package org.peersupport.portal.mentoring.matching;

/** A mentor not to propose for a request again: they declined it, or they are the one being replaced. */
public record ExcludedPair(long requestId, long mentorId) {
}
