package org.peersupport.portal.shared.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link RetentionRule} once a day across the cluster ({@link DailyJobClaim} lets one
 * instance through). A rule that fails is logged and the others still run.
 */
@ApplicationScoped
public class RetentionService {

    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    private DailyJobClaim claims;

    @Inject
    private Instance<RetentionRule> rules;

    @Inject
    private Clock clock;

    /** Today's run if this call wins the claim: rows deleted per rule; empty if another won. */
    public Map<String, Integer> runOnceToday() {
        Instant now = clock.instant();
        if (!claims.claim(JOB, LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            return Map.of();
        }
        return purge(now);
    }

    /** Applies every rule now, each in its own transaction. */
    public Map<String, Integer> purge(Instant now) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                deleted.put(rule.name(), rule.purgeOlderThan(now.minus(rule.keep())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention rule " + rule.name() + " failed; tomorrow's run tries again", e);
            }
        }
        LOG.info(() -> "Retention: deleted " + deleted);
        return deleted;
    }
}
