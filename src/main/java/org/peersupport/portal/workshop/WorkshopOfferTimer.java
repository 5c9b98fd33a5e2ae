package org.peersupport.portal.workshop;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, passes on seats whose offer was not confirmed in time. Each workshop is moved on
 * in its own transaction with its row locked, so several instances may run this at once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class WorkshopOfferTimer {

    private static final Logger LOG = Logger.getLogger(WorkshopOfferTimer.class.getName());

    @Inject
    private WorkshopService workshops;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            passExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Passing on expired workshop offers failed; the next tick tries again", e);
        } finally {
            running.set(false);
        }
    }

    int passExpired(Instant now) {
        int lapsed = 0;
        for (long workshopId : workshops.workshopsWithExpiredOffers(now)) {
            lapsed += workshops.passExpiredOffers(workshopId, now);
        }
        return lapsed;
    }
}
