package org.peersupport.portal.mentoring.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The scheduler for the chat sockets' idle timers. Tyrus (2.1.5 in Payara 6) cancels and schedules
 * a socket's idle timer on every frame in or out, on Payara's managed scheduler, and every schedule
 * there captures the thread's context with a ServiceLoader scan of the class loaders behind the
 * application's, all threads queueing on one lock: at 2,000 sockets and 200 messages/s incoming
 * frames waited seconds for it before reaching {@link ChatSocket} (bench/chat.sh, JFR). No Tyrus or
 * Payara setting avoids it, so each chat socket is given this plain scheduler instead: scheduling
 * captures nothing, and the one thread that runs the timers (closing idle sockets) comes from the
 * managed thread factory, with the application's context.
 * <p>
 * The scheduler is a private field of Tyrus's session: if a Payara upgrade renames it, the socket
 * keeps Payara's scheduler (slower, as before) and this says so once in the log.
 */
@ApplicationScoped
public class ChatIdleTimers {

    private static final Logger LOG = Logger.getLogger(ChatIdleTimers.class.getName());
    /** Tyrus's session field holding the scheduler for its idle timer. */
    private static final String FIELD = "service";

    @Resource
    private ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor timers;
    private final AtomicLong adopted = new AtomicLong();
    private volatile boolean warned;

    @PostConstruct
    void start() {
        timers = new ScheduledThreadPoolExecutor(1, threads);
        // A timer is cancelled on every frame and runs only after minutes of silence: drop cancelled ones at once.
        timers.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stop() {
        timers.shutdownNow();
    }

    /** Moves the socket's idle timer to this scheduler; call before setting its idle timeout. */
    void adopt(Session session) {
        Field field = schedulerField(session.getClass());
        if (field == null) {
            warnOnce("Chat sockets: no idle-timer scheduler field in " + session.getClass().getName()
                    + "; their timers stay on Payara's managed scheduler");
            return;
        }
        try {
            field.set(session, timers);
            adopted.incrementAndGet();
        } catch (IllegalAccessException | RuntimeException refused) {
            warnOnce("Chat sockets: could not move their idle timers (" + refused + "); they stay on Payara's managed scheduler");
        }
    }

    /** How many sockets had their idle timer moved here since start: a Payara upgrade that breaks it shows here. */
    public long adopted() {
        return adopted.get();
    }

    private static Field schedulerField(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(FIELD);
                if (field.getType() == ScheduledExecutorService.class) {
                    field.setAccessible(true);
                    return field;
                }
            } catch (NoSuchFieldException | RuntimeException notHere) {
                // its superclass
            }
        }
        return null;
    }

    private void warnOnce(String message) {
        if (!warned) {
            warned = true;
            LOG.warning(message);
        }
    }
}
