package org.peersupport.portal.workshop;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Where this instance's sign-ups for one workshop wait their turn without holding a database
 * connection. Seats are given under the workshop row's lock, which is held to the commit, so
 * sign-ups for one workshop go one at a time whatever happens here. Without this queue every
 * waiting sign-up would hold one of the pool's 32 connections while it waited for the row, and
 * a crowd of 200 left nothing for anyone else (each page's own reads then waited past the pool's
 * 3 s and answered 503). Only a few per workshop go on to the database; the rest wait in memory,
 * in arrival order. The row lock stays the guarantee, across instances too: this only orders
 * the waiting within one instance.
 */
@ApplicationScoped
public class SignUpQueue {

    /** Sign-ups per workshop (stripe) that may be at the database at once: one holding the lock, one ready behind it. */
    static final int AT_THE_DATABASE = 2;
    /** Workshops share stripes by id, so memory stays fixed however many workshops there are. */
    private static final int STRIPES = 64;
    /** After this long in memory a sign-up goes on to wait at the database, as it would without the queue. */
    private static final long PATIENCE_SECONDS = 20;

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public SignUpQueue() {
        this(null);
    }

    SignUpQueue(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(AT_THE_DATABASE, true);
        }
    }

    /**
     * Waits for this workshop's turn, then holds it until the current transaction ends. Call it in
     * the transaction before its first statement, so no connection is taken while waiting.
     */
    public void awaitTurn(long workshopId) {
        int index = Math.floorMod(Long.hashCode(workshopId), STRIPES);
        String held = SignUpQueue.class.getName() + ":" + index;
        if (transactions.getResource(held) != null) {
            return; // this transaction already has the turn (several sign-ups in one, as the demo data makes)
        }
        Semaphore stripe = stripes[index];
        boolean turn;
        try {
            turn = stripe.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!turn) {
            return;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the turn ends with the commit or rollback, when the row lock is let go
                }

                @Override
                public void afterCompletion(int status) {
                    stripe.release();
                }
            });
            transactions.putResource(held, Boolean.TRUE);
        } catch (RuntimeException noTransaction) {
            stripe.release();
            throw noTransaction;
        }
    }
}
