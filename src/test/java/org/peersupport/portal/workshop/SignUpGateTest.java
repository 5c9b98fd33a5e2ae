package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate spaces a rush on one workshop without holding anyone back from another. */
class SignUpGateTest {

    @Test
    void noMoreThanTheAllowedNumberWorkOnOneWorkshopAtOnce() throws Exception {
        SignUpGate gate = new SignUpGate(4, 10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> {
                start.await();
                return gate.through(7, () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(5);
                    inside.decrementAndGet();
                    return 1;
                });
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        assertThat(total).isEqualTo(40);
        assertThat(most.get()).isBetween(2, 4);
    }

    @Test
    void aFullTurnRefusesAsBusyAfterTheWaitAndAnotherWorkshopStillGetsIn() throws Exception {
        SignUpGate gate = new SignUpGate(1, 50);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> holder = pool.submit(() -> gate.through(3, () -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        holding.await();
        assertThatThrownBy(() -> gate.through(3, () -> 2)).isInstanceOf(WorkshopRefusedException.class)
                .hasMessage("workshop.refused.busy");
        assertThat(gate.through(4, () -> 3)).as("a different stripe").isEqualTo(3);
        release.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(gate.through(3, () -> 4)).as("free again").isEqualTo(4);
        pool.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
