package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets only a few members of one workshop at a time ask the database for its row lock. When a
 * popular workshop opens, hundreds of sign-ups arrive at once; each would hold one of the pool's
 * 32 connections while waiting for the lock, and the rest of the portal (and the sign-ups queued
 * behind them, after the pool's 3-s wait) would get none. Waiting here costs no connection. The
 * database lock still decides (several instances each have their own gate); this only spaces the
 * queue. Workshops share 64 stripes, so two busy workshops rarely meet.
 */
@ApplicationScoped
public class SignUpGate {

    static final int STRIPES = 64;
    static final int AT_ONCE = 4;
    static final long WAIT_MILLIS = 30_000;

    private final Semaphore[] stripes = new Semaphore[STRIPES];
    private final long waitMillis;

    public SignUpGate() {
        this(AT_ONCE, WAIT_MILLIS);
    }

    SignUpGate(int atOnce, long waitMillis) {
        this.waitMillis = waitMillis;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(atOnce, true);
        }
    }

    /** Runs {@code work} once a turn for this workshop is free; refuses as busy after half a minute in line. */
    <T> T through(long workshopId, Supplier<T> work) {
        Semaphore stripe = stripes[Math.floorMod(Long.hashCode(workshopId), STRIPES)];
        try {
            if (!stripe.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new WorkshopRefusedException("workshop.refused.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkshopRefusedException("workshop.refused.busy");
        }
        try {
            return work.get();
        } finally {
            stripe.release();
        }
    }
}
