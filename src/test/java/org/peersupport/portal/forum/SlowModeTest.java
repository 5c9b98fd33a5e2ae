package org.peersupport.portal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlowModeTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aMemberWaitsOutTheIntervalAfterTheirLastPost() {
        SlowMode mode = SlowMode.of(Duration.ofMinutes(10), null);
        assertThat(mode.waitAfter(NOW.minusSeconds(60), NOW)).contains(Duration.ofMinutes(9));
        assertThat(mode.waitAfter(NOW.minus(Duration.ofMinutes(10)), NOW)).isEmpty();
        assertThat(mode.waitAfter(null, NOW)).as("never posted here").isEmpty();
    }

    @Test
    void itEndsAtItsEndTimeAndOffMeansOff() {
        SlowMode mode = SlowMode.of(Duration.ofMinutes(10), NOW.plusSeconds(1));
        assertThat(mode.isActiveAt(NOW)).isTrue();
        assertThat(mode.isActiveAt(NOW.plusSeconds(1))).isFalse();
        assertThat(mode.waitAfter(NOW, NOW.plusSeconds(2))).isEmpty();
        assertThat(SlowMode.off().isActiveAt(NOW)).isFalse();
    }

    @Test
    void theIntervalIsBetweenAMinuteAndADay() {
        assertThatThrownBy(() -> SlowMode.of(Duration.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlowMode.of(Duration.ofHours(25), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
