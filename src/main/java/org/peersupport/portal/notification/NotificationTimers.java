package org.peersupport.portal.notification;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten seconds: fire due reminders, then send what the outbox holds. Every instance runs it;
 * the conditional updates in {@link ReminderService} and {@link EmailOutbox} make each reminder
 * fire once and each e-mail go once across the cluster. PORTAL_NOTIFICATION_TIMERS=false turns it
 * off (the service tests drive the same methods themselves).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class NotificationTimers {

    private static final Logger LOG = Logger.getLogger(NotificationTimers.class.getName());

    @Inject
    @ConfigProperty(name = "portal.notification.timers", defaultValue = "true")
    private boolean enabled;

    @Inject
    private ReminderService reminders;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private MailTransport transport;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return; // off, or the previous tick is still sending
        }
        try {
            reminders.fireDue(clock.instant());
            outbox.drain(transport, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification timer tick failed; the next tick tries again", e);
        } finally {
            running.set(false);
        }
    }
}
