package org.peersupport.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code portal.erasure.check-every} (a quarter hour by default): carry out the erasures
 * whose cooling-off has passed, each in its own transaction, so one failing erasure does not stop
 * the others. Every instance may run it; the row lock in {@link ErasureService#carryOut} makes each
 * erasure happen once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class ErasureTimer {

    private static final Logger LOG = Logger.getLogger(ErasureTimer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.erasure.timer", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.erasure.check-every", defaultValue = "PT15M")
    private Duration every;

    @Inject
    private ErasureService erasures;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(null, false));
        }
    }

    /** Never throws: an exception out of a timeout can cancel the interval timer for good. */
    @Timeout
    void tick() {
        try {
            for (long accountId : erasures.dueIds(clock.instant())) {
                carryOut(accountId);
            }
        } catch (RuntimeException e) {
            // Also while the schema is still being migrated at start-up.
            LOG.log(Level.WARNING, "Looking for due erasures failed; the next tick tries again", e);
        }
    }

    private void carryOut(long accountId) {
        try {
            erasures.carryOut(accountId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasure of account " + accountId + " failed; the next tick tries again", e);
        }
    }
}
