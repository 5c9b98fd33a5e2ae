package org.peersupport.portal.shared.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Once a second, and once more when the instance stops: the owners of {@link WriteBehind} queues write them. */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class WriteBehindTimer {

    private static final Logger LOG = Logger.getLogger(WriteBehindTimer.class.getName());

    @Inject
    private Event<WriteBehindDue> due;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous tick is still writing
        }
        try {
            due.fire(new WriteBehindDue());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Writing behind failed; what was drained is lost, new writes go on the next tick", e);
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stopping() {
        tick();
    }
}
