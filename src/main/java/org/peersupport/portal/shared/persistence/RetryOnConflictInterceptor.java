package org.peersupport.portal.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The one place where a transaction that lost a race is run again. Its priority puts it outside
 * the {@code @Transactional} interceptor (PLATFORM_BEFORE + 200), so every attempt begins and
 * ends its own transaction.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryOnConflictInterceptor.class.getName());

    /** Attempts in all; the last conflict is thrown to the caller, who keeps the user's input. */
    static final int ATTEMPTS = 10;
    /** The longest pause between two attempts. */
    static final long MAX_PAUSE_MILLIS = 1000;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed(); // never retry a part of someone else's transaction
        }
        for (int attempt = 1;; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !DatabaseFailure.isConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> invocation.getMethod().getName() + " lost a race (attempt " + tried + "), running it again");
                // a random pause, longer each time, so that the racers spread out instead of meeting again
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(MAX_PAUSE_MILLIS, 25L << attempt)));
            }
        }
    }
}
