package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final ZoneId madrid = ZoneId.of("Europe/Madrid");
    private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), madrid);

    @Test
    void outsideQuietHoursMailGoesAtOnce() {
        Instant noonInMadrid = Instant.parse("2026-11-23T11:00:00Z");
        assertThat(overnight.sendableFrom(noonInMadrid)).isEqualTo(noonInMadrid);
    }

    @Test
    void lateEveningMailWaitsUntilNextMorningInTheMembersZone() {
        Instant elevenPmInMadrid = Instant.parse("2026-11-23T22:00:00Z");
        assertThat(overnight.sendableFrom(elevenPmInMadrid)).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
    }

    @Test
    void earlyMorningMailWaitsUntilTheEndThatSameMorning() {
        Instant threeAmInMadrid = Instant.parse("2026-11-24T02:00:00Z");
        assertThat(overnight.sendableFrom(threeAmInMadrid)).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
    }

    @Test
    void theEndIsAtTheLocalTimeAcrossADaylightSavingChange() {
        // The night of 28-29 March 2026 Madrid moves to summer time: 07:00 is then 05:00 UTC.
        Instant midnightInMadrid = Instant.parse("2026-03-28T23:00:00Z");
        assertThat(overnight.sendableFrom(midnightInMadrid)).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    }

    @Test
    void daytimeQuietHoursWork() {
        QuietHours workday = new QuietHours(LocalTime.of(9, 0), LocalTime.of(17, 30), ZoneId.of("America/New_York"));
        Instant tenAmInNewYork = Instant.parse("2026-11-23T15:00:00Z");
        assertThat(workday.sendableFrom(tenAmInNewYork)).isEqualTo(Instant.parse("2026-11-23T22:30:00Z"));
        assertThat(workday.sendableFrom(Instant.parse("2026-11-23T23:00:00Z"))).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    }

    @Test
    void anEmptyPeriodIsRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, madrid))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noQuietHoursAtAllIsAcceptableAndSoAreTwoDifferentTimes() {
        assertThat(QuietHours.acceptable(null, null)).isTrue();
        assertThat(QuietHours.acceptable(LocalTime.of(22, 0), LocalTime.of(7, 0))).isTrue();
    }

    @Test
    void oneTimeAloneOrTheSameTimeTwiceIsNot() {
        assertThat(QuietHours.acceptable(LocalTime.of(22, 0), null)).isFalse();
        assertThat(QuietHours.acceptable(null, LocalTime.of(7, 0))).isFalse();
        assertThat(QuietHours.acceptable(LocalTime.of(7, 0), LocalTime.of(7, 0))).isFalse();
    }
}
