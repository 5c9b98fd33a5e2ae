package org.peersupport.portal.safety;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every fifteen seconds, escalates crisis alerts whose deadline passed unacknowledged. Every
 * instance runs it; the row lock in {@link CrisisAlertService#escalateOverdue} escalates each alert
 * once across the cluster. Starts after the schema migration: a tick during deployment found an
 * empty database and logged a SEVERE.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class CrisisEscalationTimer {

    private static final Logger LOG = Logger.getLogger(CrisisEscalationTimer.class.getName());

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int escalated = alerts.escalateOverdue(clock.instant());
            if (escalated > 0) {
                LOG.warning(() -> escalated + " crisis alert(s) passed their deadline unacknowledged and were escalated");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Crisis escalation failed; the next tick tries again", e);
        } finally {
            running.set(false);
        }
    }
}
