package org.peersupport.portal.mentoring.matching;

/** A mentor shown to a mentee; rank 1 comes from the optimal assignment, rank r from the r-th round. */
public record Proposal(long mentorId, int rank, Compatibility compatibility) {
}
