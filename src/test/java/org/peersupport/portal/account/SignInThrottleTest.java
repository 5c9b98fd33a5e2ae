package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theSeventhAttemptWithinAMinuteForOneAccountIsRefused() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(throttle.isRefused("ana@example.org", "10.0.0." + attempt)).as("attempt %d", attempt).isFalse();
            throttle.recordFailure("ana@example.org", "10.0.0." + attempt);
        }
        assertThat(throttle.isRefused("ana@example.org", "10.0.0.99")).isTrue();
        assertThat(throttle.isRefused("ANA@example.org ", "10.0.0.99")).as("e-mail case and spaces").isTrue();
    }

    @Test
    void theSeventhAttemptFromOneAddressIsRefusedWhateverTheAccount() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            throttle.recordFailure("person" + attempt + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.isRefused("someone-new@example.org", "192.0.2.7")).isTrue();
        assertThat(throttle.isRefused("someone-new@example.org", "192.0.2.8")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            throttle.recordFailure("ana@example.org", "192.0.2.7");
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(throttle.isRefused("ana@example.org", "192.0.2.7")).isTrue();
        clock.advance(Duration.ofSeconds(31)); // the first failure is now 61 s old
        assertThat(throttle.isRefused("ana@example.org", "192.0.2.7")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountButNotTheAddress() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            throttle.recordFailure("ana@example.org", "192.0.2.7");
        }
        throttle.recordSuccess("ana@example.org");
        assertThat(throttle.isRefused("ana@example.org", "192.0.2.200")).isFalse();
        assertThat(throttle.isRefused("ana@example.org", "192.0.2.7")).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
