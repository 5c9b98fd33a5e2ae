package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read(long key) {
        return "value " + key + " #" + reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceWithinTheTrustedTimeAndAgainAfterIt() throws InterruptedException {
        RecentReads<Long, String> recent = new RecentReads<>(Duration.ofMillis(200), 10);
        assertThat(recent.get(1L, this::read)).isEqualTo("value 1 #1");
        assertThat(recent.get(1L, this::read)).as("trusted").isEqualTo("value 1 #1");
        Thread.sleep(250);
        assertThat(recent.get(1L, this::read)).as("read again once the time is up").isEqualTo("value 1 #2");
    }

    @Test
    void aForgottenKeyIsReadAgainAtOnce() {
        RecentReads<Long, String> recent = new RecentReads<>(Duration.ofMinutes(1), 10);
        recent.get(1L, this::read);
        recent.get(2L, this::read);
        recent.forget(1L);
        recent.forgetIf(key -> key == 2L);
        assertThat(recent.get(1L, this::read)).isEqualTo("value 1 #3");
        assertThat(recent.get(2L, this::read)).isEqualTo("value 2 #4");
    }

    @Test
    void aNullAnswerIsNeverRemembered() {
        RecentReads<Long, String> recent = new RecentReads<>(Duration.ofMinutes(1), 10);
        assertThat(recent.get(1L, key -> {
            reads.incrementAndGet();
            return null;
        })).isNull();
        assertThat(recent.get(1L, this::read)).isEqualTo("value 1 #2");
    }

    @Test
    void itHoldsNoMoreThanItsBound() {
        RecentReads<Long, String> recent = new RecentReads<>(Duration.ofMinutes(1), 3);
        for (long key = 0; key < 10; key++) {
            recent.get(key, this::read);
        }
        int before = reads.get();
        recent.get(0L, this::read);
        assertThat(reads.get()).as("the oldest were let go").isEqualTo(before + 1);
    }
}
