package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final Instant failedAt = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void waitsDoubleEachTimeFromThirtySeconds() {
        assertThat(RetryPolicy.nextAttempt(1, failedAt)).isEqualTo(failedAt.plusSeconds(30));
        assertThat(RetryPolicy.nextAttempt(2, failedAt)).isEqualTo(failedAt.plusSeconds(60));
        assertThat(RetryPolicy.nextAttempt(5, failedAt)).isEqualTo(failedAt.plusSeconds(480));
    }

    @Test
    void neverWaitsMoreThanAnHourAndNeverGivesUp() {
        assertThat(RetryPolicy.nextAttempt(9, failedAt)).isEqualTo(failedAt.plus(Duration.ofHours(1)));
        assertThat(RetryPolicy.nextAttempt(500, failedAt)).isEqualTo(failedAt.plus(Duration.ofHours(1)));
    }
}
