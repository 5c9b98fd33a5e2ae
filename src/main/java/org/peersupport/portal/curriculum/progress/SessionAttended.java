package org.peersupport.portal.curriculum.progress;

import java.time.Instant;

/**
 * Fired (synchronously, inside the marking transaction) when a member is marked PRESENT or LATE at
 * a cohort session they were not yet counted as attending; a change between PRESENT and LATE fires nothing.
 */
public record SessionAttended(long memberId, long cohortId, long cohortSessionId, int sessionNumber, Instant attendedAt) {}
