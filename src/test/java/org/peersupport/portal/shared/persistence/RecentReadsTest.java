package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Long readFromDatabase(Long key) {
        reads.incrementAndGet();
        return key * 10;
    }

    @Test
    void aValueReadWithinTheWindowIsNotReadAgain() {
        RecentReads<Long, Long> recent = new RecentReads<>(Duration.ofMinutes(1), 100);

        assertThat(recent.get(4L, this::readFromDatabase)).isEqualTo(40L);
        assertThat(recent.get(4L, this::readFromDatabase)).isEqualTo(40L);
        assertThat(recent.get(5L, this::readFromDatabase)).isEqualTo(50L);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aValueOlderThanTheWindowIsReadAgain() throws InterruptedException {
        RecentReads<Long, Long> recent = new RecentReads<>(Duration.ofMillis(20), 100);
        recent.get(4L, this::readFromDatabase);

        Thread.sleep(40);

        assertThat(recent.recent(4L)).isEmpty();
        recent.get(4L, this::readFromDatabase);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aForgottenValueIsReadAgainAtOnce() {
        RecentReads<Long, Long> recent = new RecentReads<>(Duration.ofMinutes(1), 100);
        recent.get(4L, this::readFromDatabase);
        recent.get(5L, this::readFromDatabase);

        recent.forget(4L);
        recent.get(4L, this::readFromDatabase);
        assertThat(reads).hasValue(3);

        recent.forgetAll();
        recent.get(5L, this::readFromDatabase);
        assertThat(reads).hasValue(4);

        recent.get(6L, this::readFromDatabase);
        recent.forgetIf(key -> key % 2 == 0);
        assertThat(recent.recent(5L)).contains(50L);
        assertThat(recent.recent(4L)).isEmpty();
        assertThat(recent.recent(6L)).isEmpty();
    }

    @Test
    void nothingFoundIsNotKept() {
        RecentReads<Long, Long> recent = new RecentReads<>(Duration.ofMinutes(1), 100);

        assertThat(recent.get(4L, key -> null)).isNull();
        assertThat(recent.recent(4L)).isEmpty();
        assertThat(recent.get(4L, this::readFromDatabase)).isEqualTo(40L);
    }

    @Test
    void whenFullItStartsOverInsteadOfGrowing() {
        RecentReads<Long, Long> recent = new RecentReads<>(Duration.ofMinutes(1), 3);
        for (long key = 1; key <= 3; key++) {
            recent.get(key, this::readFromDatabase);
        }

        recent.get(4L, this::readFromDatabase);

        assertThat(recent.recent(1L)).isEmpty();
        assertThat(recent.recent(4L)).contains(40L);
    }
}
