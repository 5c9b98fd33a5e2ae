package org.peersupport.portal.curriculum.progress;

import java.time.Instant;

/**
 * Fired once per member and cohort when the member meets {@link CompletionRule}; the completion is
 * stored (programme_completion) in the same transaction, so it never fires twice.
 */
public record ProgrammeCompleted(long memberId, long cohortId, long versionId, Instant completedAt) {}
