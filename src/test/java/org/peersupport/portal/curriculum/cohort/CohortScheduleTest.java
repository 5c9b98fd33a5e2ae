package org.peersupport.portal.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void eightWeeklySessionsKeepTheirLocalTimeAcrossTheSpringDstChange() {
        // Starts on a Wednesday; the first Tuesday is 9 March 2027; clocks go forward on 28 March.
        WeeklyRule rule = new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.of(2027, 3, 3), 90);
        Cohort cohort = new Cohort(1L, 8, details(LONDON), rule, 7L, NOW);

        List<CohortSession> sessions = cohort.getSessions();
        assertThat(sessions).hasSize(8).extracting(CohortSession::getNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(sessions).allSatisfy(s -> {
            ZonedDateTime local = s.getStartsAt().atZone(LONDON);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(Duration.between(s.getStartsAt(), s.getEndsAt())).isEqualTo(Duration.ofMinutes(90));
        });
        assertThat(sessions.get(0).getStartsAt()).isEqualTo(Instant.parse("2027-03-09T18:00:00Z"));
        // After the change 18:00 in London is 17:00 UTC, so the weeks are not all 168 hours apart.
        assertThat(sessions.get(3).getStartsAt()).isEqualTo(Instant.parse("2027-03-30T17:00:00Z"));
        assertThat(Duration.between(sessions.get(2).getStartsAt(), sessions.get(3).getStartsAt())).isEqualTo(Duration.ofHours(167));
        assertThat(sessions.get(7).getStartsAt()).isEqualTo(Instant.parse("2027-04-27T17:00:00Z"));
    }

    @Test
    void autumnChangeGivesAWeekOfOneHundredAndSixtyNineHours() {
        // Clocks go back on 31 October 2027; a start date that is itself the rule's day is the first session.
        WeeklyRule rule = new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.of(2027, 10, 19), 60);
        List<Instant> starts = rule.starts(3, LONDON);

        assertThat(starts).containsExactly(Instant.parse("2027-10-19T17:00:00Z"), Instant.parse("2027-10-26T17:00:00Z"),
                Instant.parse("2027-11-02T18:00:00Z"));
    }

    @Test
    void movingASessionRaisesItsSequenceEachTime() {
        CohortSession session = firstSession();
        Instant later = session.getStartsAt().plus(Duration.ofDays(1));

        session.moveTo(later);
        assertThat(session.getStartsAt()).isEqualTo(later);
        assertThat(session.getSequence()).isEqualTo(1);
        assertThat(session.getEndsAt()).isEqualTo(later.plus(Duration.ofMinutes(90)));

        session.moveTo(later.plus(Duration.ofHours(2)));
        assertThat(session.getSequence()).isEqualTo(2);
        session.moveTo(later.plus(Duration.ofHours(2)));
        assertThat(session.getSequence()).as("the same start is no change").isEqualTo(2);
    }

    @Test
    void cancellingRaisesTheSequenceOnceAndACancelledSessionIsNotMoved() {
        CohortSession session = firstSession();
        Instant start = session.getStartsAt();

        session.cancel();
        assertThat(session.isCancelled()).isTrue();
        assertThat(session.getSequence()).isEqualTo(1);
        session.cancel();
        assertThat(session.getSequence()).isEqualTo(1);
        assertThatThrownBy(() -> session.moveTo(start.plus(Duration.ofDays(2)))).isInstanceOf(IllegalStateException.class);
        assertThat(session.getStartsAt()).isEqualTo(start);
    }

    @Test
    void locationIsKeptAndTheCreatorFacilitates() {
        Cohort cohort = new Cohort(1L, 2, details(LONDON), rule(), 7L, NOW);
        assertThat(cohort.isFacilitatedBy(7L)).isTrue();
        assertThat(cohort.isFacilitatedBy(8L)).isFalse();
        assertThat(cohort.getLocation()).isEqualTo("https://video.example/room");
        assertThat(cohort.getTimeZone()).isEqualTo(LONDON);
    }

    private static CohortSession firstSession() {
        return new Cohort(1L, 8, details(LONDON), rule(), 7L, NOW).getSessions().get(0);
    }

    private static WeeklyRule rule() {
        return new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.of(2027, 3, 3), 90);
    }

    private static CohortDetails details(ZoneId zone) {
        return new CohortDetails(" Tuesday evening group ", 8, zone, " https://video.example/room ", EnrolmentMode.OPEN);
    }
}
