package org.peersupport.portal.mentoring;

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
 * Every five minutes, moves on proposals that waited three days: the row locks in
 * {@link ProposalService#advanceOverdue} let several instances run it without moving one twice.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class ProposalDeadlineTimer {

    private static final Logger LOG = Logger.getLogger(ProposalDeadlineTimer.class.getName());

    @Inject
    private ProposalService proposals;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int moved = proposals.advanceOverdue(clock.instant());
            if (moved > 0) {
                LOG.info(() -> moved + " mentor proposal(s) waited three days and moved on");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Moving on overdue mentor proposals failed; the next tick tries again", e);
        } finally {
            running.set(false);
        }
    }
}
