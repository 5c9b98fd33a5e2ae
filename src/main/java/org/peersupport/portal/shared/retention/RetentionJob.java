package org.peersupport.portal.shared.retention;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nightly at 03:17 UTC (and at the top of every hour after, so a missed night catches up): every
 * instance tries, {@link RetentionService#runOnceToday} lets one per day through.
 * PORTAL_RETENTION_TIMER=false turns it off.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    @ConfigProperty(name = "portal.retention.timer", defaultValue = "true")
    private boolean enabled;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "3-23", minute = "17", persistent = false)
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            retention.runOnceToday();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next hour tries again", e);
        }
    }
}
