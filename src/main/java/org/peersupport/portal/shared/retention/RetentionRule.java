package org.peersupport.portal.shared.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * A port: one kind of row that is deleted once it is older than its feature's retention period.
 * Each feature implements it as a CDI bean beside its own tables (see docs-retention.md), and
 * {@link RetentionJob} runs them all once a night.
 */
public interface RetentionRule {

    /** A short name for the log and the job's result, such as "email_outbox.sent". */
    String name();

    /** How long such rows are kept (from MicroProfile Config, with a documented default). */
    Duration keep();

    /** Deletes the rows older than {@code cutoff}, in its own transaction; answers how many. */
    int purgeOlderThan(Instant cutoff);
}
