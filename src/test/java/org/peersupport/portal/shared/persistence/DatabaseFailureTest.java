package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** What a failure from deep inside JPA, JTA and the pool means, read from its cause chain. */
class DatabaseFailureTest {

    @Test
    void aDeadlockOrAnOptimisticLockDeepInTheChainIsAConflict() {
        SQLException deadlock = new SQLTransactionRollbackException("Deadlock found", "40001", 1213);
        assertThat(DatabaseFailure.isConflict(new RuntimeException("commit", new PersistenceException(deadlock)))).isTrue();
        assertThat(DatabaseFailure.isConflict(new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205))))
                .isTrue();
        assertThat(DatabaseFailure.isConflict(new RuntimeException(new OptimisticLockException("changed")))).isTrue();
        assertThat(DatabaseFailure.isUnavailable(new PersistenceException(deadlock))).isFalse();
    }

    @Test
    void aConnectionThatCannotBeHadIsUnavailable() {
        assertThat(DatabaseFailure.isUnavailable(new PersistenceException(
                new SQLNonTransientConnectionException("Socket fail to connect", "08000")))).isTrue();
        assertThat(DatabaseFailure.isUnavailable(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated")))).isTrue();
        assertThat(DatabaseFailure.isUnavailable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aMistakeInAQueryIsNeither() {
        PersistenceException syntax = new PersistenceException(new SQLException("You have an error in your SQL", "42000", 1064));
        assertThat(DatabaseFailure.isUnavailable(syntax)).isFalse();
        assertThat(DatabaseFailure.isConflict(syntax)).isFalse();
        assertThat(DatabaseFailure.isConflict(null)).isFalse();
    }
}
