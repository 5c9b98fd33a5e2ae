package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sign-ups for one workshop reach the database two at a time per instance; a turn ends with its transaction. */
class SignUpQueueTest {

    /** One transaction per thread, ended by {@link #end()}. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        private final ThreadLocal<Map<Object, Object>> resources = ThreadLocal.withInitial(HashMap::new);
        private final ThreadLocal<List<Synchronization>> synchronizations = ThreadLocal.withInitial(ArrayList::new);

        void end() {
            synchronizations.get().forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            synchronizations.remove();
            resources.remove();
        }

        @Override
        public Object getTransactionKey() {
            return Thread.currentThread();
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.get().put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get().get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.get().add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final Transactions transactions = new Transactions();
    private final SignUpQueue queue = new SignUpQueue(transactions);

    /** Starts a transaction on its own thread that takes a turn and keeps it until {@code end} completes. */
    private CompletableFuture<Void> signUpHolding(long workshopId, CompletableFuture<Void> turnTaken, CompletableFuture<Void> end) {
        return CompletableFuture.runAsync(() -> {
            queue.awaitTurn(workshopId);
            turnTaken.complete(null);
            end.join();
            transactions.end();
        });
    }

    @Test
    void aThirdSignUpWaitsUntilOneOfTheTwoBeforeItCommits() throws Exception {
        CompletableFuture<Void> firstIn = new CompletableFuture<>();
        CompletableFuture<Void> firstEnds = new CompletableFuture<>();
        CompletableFuture<Void> secondIn = new CompletableFuture<>();
        CompletableFuture<Void> secondEnds = new CompletableFuture<>();
        CompletableFuture<Void> thirdIn = new CompletableFuture<>();
        CompletableFuture<Void> thirdEnds = new CompletableFuture<>();
        signUpHolding(7, firstIn, firstEnds);
        signUpHolding(7, secondIn, secondEnds);
        firstIn.get(5, TimeUnit.SECONDS);
        secondIn.get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> third = signUpHolding(7, thirdIn, thirdEnds);

        Thread.sleep(300);
        assertThat(thirdIn).as("two are at the database already").isNotDone();

        firstEnds.complete(null);
        thirdIn.get(5, TimeUnit.SECONDS);
        secondEnds.complete(null);
        thirdEnds.complete(null);
        third.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aTransactionWithSeveralSignUpsForOneWorkshopTakesOneTurn() throws Exception {
        CompletableFuture<Void> demoData = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 4; i++) {
                queue.awaitTurn(7); // the demo data signs four people up in one transaction
            }
            transactions.end();
        });
        demoData.get(5, TimeUnit.SECONDS);

        CompletableFuture<Void> in = new CompletableFuture<>();
        CompletableFuture<Void> end = CompletableFuture.completedFuture(null);
        signUpHolding(7, in, end).get(5, TimeUnit.SECONDS);
        assertThat(in).as("the turns were all given back").isDone();
    }
}
