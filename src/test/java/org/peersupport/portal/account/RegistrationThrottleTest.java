package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private final SignInThrottleTest.MutableClock clock = new SignInThrottleTest.MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final RegistrationThrottle throttle = throttle(2, 3, 2);

    @Test
    void anAddressMayBeTriedTwiceAnHourFromAnywhere() {
        assertThat(throttle.tryRegistration("Ana@Example.org", "192.0.2.1")).isTrue();
        assertThat(throttle.tryRegistration(" ana@example.org", "192.0.2.2")).as("case and spaces do not make a new address").isTrue();
        assertThat(throttle.tryRegistration("ana@example.org", "192.0.2.3")).isFalse();

        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.tryRegistration("ana@example.org", "192.0.2.3")).as("an hour later").isTrue();
    }

    @Test
    void aNetworkAddressMayRegisterThreeAddressesAnHour() {
        assertThat(throttle.tryRegistration("a@example.org", "192.0.2.9")).isTrue();
        assertThat(throttle.tryRegistration("b@example.org", "192.0.2.9")).isTrue();
        assertThat(throttle.tryRegistration("c@example.org", "192.0.2.9")).isTrue();
        assertThat(throttle.tryRegistration("d@example.org", "192.0.2.9")).isFalse();
        assertThat(throttle.tryRegistration("d@example.org", "192.0.2.10")).as("d was not counted when refused").isTrue();
    }

    @Test
    void aMemberMayAskForTwoNewLinksAnHour() {
        assertThat(throttle.tryNewLink(5)).isTrue();
        assertThat(throttle.tryNewLink(5)).isTrue();
        assertThat(throttle.tryNewLink(5)).isFalse();
        assertThat(throttle.tryNewLink(6)).as("another member").isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.tryNewLink(5)).isTrue();
    }

    private RegistrationThrottle throttle(int perEmail, int perNetworkAddress, int links) {
        RegistrationThrottle made = new RegistrationThrottle();
        made.perEmail = perEmail;
        made.perNetworkAddress = perNetworkAddress;
        made.links = links;
        made.clock = clock;
        made.start();
        return made;
    }
}
