package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyStreakTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void consecutiveWeeksMakeAStreakAndTwoSessionsInOneWeekCountOnce() {
        WeeklyStreak streak = WeeklyStreak.of(List.of(at("2026-11-10T18:00"), at("2026-11-12T18:00"), at("2026-11-17T18:00"),
                at("2026-11-24T18:00"), at("2026-12-01T18:00")), MADRID, THURSDAY);
        assertThat(streak.longestWeeks()).isEqualTo(4);
        assertThat(streak.currentWeeks()).isEqualTo(4);
    }

    @Test
    void aMissedWeekStartsAgainAndTheLongestIsKept() {
        WeeklyStreak streak = WeeklyStreak.of(List.of(at("2026-10-06T18:00"), at("2026-10-13T18:00"), at("2026-10-20T18:00"),
                at("2026-11-10T18:00"), at("2026-11-17T18:00")), MADRID, THURSDAY);
        assertThat(streak.longestWeeks()).isEqualTo(3);
        assertThat(streak.currentWeeks()).as("the last session was two weeks ago").isZero();
    }

    @Test
    void lastWeeksSessionStillKeepsTheStreakAliveUntilSunday() {
        WeeklyStreak streak = WeeklyStreak.of(List.of(at("2026-11-17T18:00"), at("2026-11-24T18:00")), MADRID, THURSDAY);
        assertThat(streak.currentWeeks()).isEqualTo(2);
    }

    @Test
    void weeksAreTheMembersOwnMondayToSunday() {
        // Sunday 23:30 in Madrid is Sunday 22:30 UTC, and Monday 00:30 in Madrid is still Sunday in UTC.
        WeeklyStreak madrid = WeeklyStreak.of(List.of(at("2026-11-22T23:30"), at("2026-11-30T00:30")), MADRID, THURSDAY);
        assertThat(madrid.longestWeeks()).as("Sunday of one week and Monday of the week after next").isEqualTo(1);
        WeeklyStreak sameInstantsInUtc = WeeklyStreak.of(List.of(at("2026-11-22T23:30"), at("2026-11-30T00:30")), ZoneId.of("UTC"), THURSDAY);
        assertThat(sameInstantsInUtc.longestWeeks()).isEqualTo(2);
    }

    @Test
    void noSessionsNoStreak() {
        assertThat(WeeklyStreak.of(List.of(), MADRID, THURSDAY)).isEqualTo(new WeeklyStreak(0, 0));
    }

    @Test
    void aStreakAcrossTheNewYearIsUnbroken() {
        WeeklyStreak streak = WeeklyStreak.of(List.of(at("2026-12-22T10:00"), at("2026-12-29T10:00"), at("2027-01-05T10:00")), MADRID,
                LocalDate.of(2027, 1, 7));
        assertThat(streak.longestWeeks()).isEqualTo(3);
        assertThat(streak.currentWeeks()).isEqualTo(3);
    }
}
