package org.peersupport.portal.shared.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a failure from the database means, read from the whole cause chain (EclipseLink, JTA and
 * Payara's pool each wrap the driver's exception in their own): the database cannot be reached, or
 * two transactions collided and the whole transaction may simply be run again.
 */
public final class DatabaseFailure {

    /** MariaDB: deadlock found when trying to get lock. */
    static final int DEADLOCK = 1213;
    /** MariaDB: lock wait timeout exceeded. */
    static final int LOCK_WAIT_TIMEOUT = 1205;

    private DatabaseFailure() {}

    /** True when the database could not be reached (down, frozen, restarting), as opposed to a mistake in a query. */
    public static boolean isUnavailable(Throwable failure) {
        return anyCause(failure, DatabaseFailure::meansUnreachable);
    }

    /** True when the transaction lost a race (deadlock, lock wait, optimistic lock) and may be run again as a whole. */
    public static boolean isConflict(Throwable failure) {
        return anyCause(failure, DatabaseFailure::meansConflict);
    }

    private static boolean meansUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                || cause instanceof SocketTimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            // 08: connection exception; 70100: the driver's socket timeout (query interrupted)
            if (state != null && (state.startsWith("08") || state.equals("70100"))) {
                return true;
            }
        }
        String message = cause.getMessage();
        // Payara's pool says it this way, with no SQL state, when no connection can be made or had in time
        return message != null && (message.contains("Error in allocating a connection")
                || message.contains("Connection could not be allocated"));
    }

    private static boolean meansConflict(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException
                || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            return sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState());
        }
        return false;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable cause = pending.poll();
            if (seen.put(cause, Boolean.TRUE) != null) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                pending.add(cause.getCause());
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                pending.add(suppressed);
            }
        }
        return false;
    }
}
