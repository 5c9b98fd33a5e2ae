package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.account.SignInThrottleTest.MutableClock;

/** Asking for reset links: limited per account and per network address, within a sliding window. */
class PasswordResetThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T21:00:00Z"));
    private final PasswordResetThrottle throttle = new PasswordResetThrottle(3, 10, 60, clock);

    @Test
    void theFourthAskForOneAccountWithinAnHourIsRefusedWhateverTheAddress() {
        for (int ask = 1; ask <= 3; ask++) {
            assertThat(throttle.allow("ana@example.org", "198.51.100." + ask)).as("ask %d", ask).isTrue();
        }
        assertThat(throttle.allow("ana@example.org", "198.51.100.99")).isFalse();
        assertThat(throttle.allow(" ANA@Example.org", "198.51.100.98")).as("e-mail case and spaces").isFalse();
        assertThat(throttle.allow("bea@example.org", "198.51.100.99")).as("another account").isTrue();
    }

    @Test
    void theEleventhAskFromOneAddressIsRefusedWhateverTheAccount() {
        for (int ask = 1; ask <= 10; ask++) {
            assertThat(throttle.allow("person" + ask + "@example.org", "192.0.2.7")).isTrue();
        }
        assertThat(throttle.allow("someone-new@example.org", "192.0.2.7")).isFalse();
        assertThat(throttle.allow("someone-new@example.org", "192.0.2.8")).isTrue();
    }

    @Test
    void asksOlderThanTheWindowNoLongerCountAndRefusedAsksNeverCount() {
        for (int ask = 1; ask <= 3; ask++) {
            throttle.allow("ana@example.org", "192.0.2.7");
            clock.advance(Duration.ofMinutes(10));
        }
        for (int refused = 0; refused < 5; refused++) {
            assertThat(throttle.allow("ana@example.org", "192.0.2.7")).isFalse();
        }
        clock.advance(Duration.ofMinutes(31)); // 61 minutes after the first ask
        assertThat(throttle.allow("ana@example.org", "192.0.2.7")).as("the first ask has left the window").isTrue();
        assertThat(throttle.allow("ana@example.org", "192.0.2.7")).as("the second ask still counts").isFalse();
    }
}
