package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules a workshop keeps itself: when sign-ups close, what counts as a calendar change, offers and the line. */
class WorkshopTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 10, 18, 0);
    private static final Instant CREATED = START.atZone(MADRID).toInstant().minus(Duration.ofDays(10));

    static WorkshopDetails details(LocalDateTime start, int capacity, String link) {
        return new WorkshopDetails("Limits with kindness", "Saying no without guilt.", WorkshopTopic.RELATIONSHIPS,
                Locale.forLanguageTag("es"), start, start.plusMinutes(90), MADRID, capacity, AttendanceMode.ONLINE, null, link,
                start.minusHours(2), start.minusDays(1), 24 * 60, "  ");
    }

    private static Workshop published() {
        Workshop workshop = new Workshop(details(START, 10, "https://video.example/a"), 1, 1, CREATED);
        workshop.publish(CREATED);
        return workshop;
    }

    private static Instant at(LocalDateTime wallTime) {
        return wallTime.atZone(MADRID).toInstant();
    }

    @Test
    void signUpsAreOpenFromPublicationToTheDeadlineAndNeverForADraftACancelledOrAStartedWorkshop() {
        Workshop draft = new Workshop(details(START, 10, "https://video.example/a"), 1, 1, CREATED);
        assertThat(draft.signUpClosedReason(CREATED)).contains("workshop.refused.notOpen");
        Workshop workshop = published();
        assertThat(workshop.signUpClosedReason(CREATED)).isEmpty();
        assertThat(workshop.signUpClosedReason(at(START.minusHours(2)))).as("at the deadline itself").isEmpty();
        assertThat(workshop.signUpClosedReason(at(START.minusHours(2).plusSeconds(1)))).contains("workshop.refused.deadline");
        assertThat(workshop.signUpClosedReason(at(START))).contains("workshop.refused.past");
        workshop.cancel(CREATED);
        assertThat(workshop.signUpClosedReason(CREATED)).contains("workshop.refused.cancelled");
        assertThatThrownBy(() -> workshop.cancel(CREATED)).isInstanceOf(WorkshopRefusedException.class);
        assertThatThrownBy(() -> published().publish(CREATED)).hasMessage("workshop.refused.notDraft");
    }

    @Test
    void onlyAChangeOfTimePlaceOrTitleRaisesTheSequenceAndACancellationRaisesItToo() {
        Workshop workshop = published();
        assertThat(workshop.apply(details(START, 25, "https://video.example/a"), CREATED)).as("capacity only").isFalse();
        assertThat(workshop.getSequence()).isZero();
        assertThat(workshop.apply(details(START, 25, "https://video.example/b"), CREATED)).as("a new link").isTrue();
        assertThat(workshop.getSequence()).isEqualTo(1);
        workshop.postpone(details(START.plusDays(7), 25, "https://video.example/b"), CREATED);
        assertThat(workshop.getSequence()).isEqualTo(2);
        assertThat(workshop.isPostponed()).isTrue();
        assertThat(workshop.getStartsAt()).isEqualTo(at(START.plusDays(7)));
        workshop.cancel(CREATED);
        assertThat(workshop.getSequence()).isEqualTo(3);
    }

    @Test
    void anOfferLastsItsWindowButNeverPastTheStart() {
        Workshop workshop = published();
        Instant weekBefore = at(START.minusDays(7));
        assertThat(workshop.offerExpiry(weekBefore)).isEqualTo(weekBefore.plus(Duration.ofHours(24)));
        Instant threeHoursBefore = at(START.minusHours(3));
        assertThat(workshop.offerExpiry(threeHoursBefore)).isEqualTo(at(START));
    }

    @Test
    void aCancellationAfterTheDeadlineIsLateAndTheLineIsNumberedInOrder() {
        Workshop workshop = published();
        assertThat(workshop.cancellationIsLate(at(START.minusDays(1)))).isFalse();
        assertThat(workshop.cancellationIsLate(at(START.minusHours(23)))).isTrue();
        assertThat(workshop.takeWaitlistNumber()).isEqualTo(1);
        assertThat(workshop.takeWaitlistNumber()).isEqualTo(2);
    }

    @Test
    void aBlankQuestionIsNoQuestionAndTheDetailsComeBackInTheWorkshopsZone() {
        Workshop workshop = published();
        assertThat(workshop.getQuestion()).isEmpty();
        WorkshopDetails back = workshop.details();
        assertThat(back.start()).isEqualTo(START);
        assertThat(back.signUpDeadline()).isEqualTo(START.minusHours(2));
        assertThat(back.language()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(workshop.getOnlineLink()).contains("https://video.example/a");
    }

    @Test
    void registrationStatusesSayWhoHoldsASeatAndWhoIsStillIn() {
        assertThat(RegistrationStatus.CONFIRMED.holdsSeat()).isTrue();
        assertThat(RegistrationStatus.OFFERED.holdsSeat()).isTrue();
        assertThat(RegistrationStatus.WAITLISTED.holdsSeat()).isFalse();
        assertThat(RegistrationStatus.WAITLISTED.active()).isTrue();
        assertThat(RegistrationStatus.CANCELLED.active()).isFalse();
        assertThat(RegistrationStatus.EXPIRED.active()).isFalse();
    }

    @Test
    void figuresAreWholePercentagesAndNothingDividesByZero() {
        WorkshopCard card = new WorkshopCard(1, "t", "d", WorkshopTopic.MINDFULNESS, Locale.ENGLISH, AttendanceMode.ONLINE,
                CREATED, CREATED, MADRID, java.util.Optional.empty(), 30, 10, 4, "Host", WorkshopStatus.PUBLISHED, false, CREATED,
                CREATED, java.util.Optional.empty());
        WorkshopFigures figures = new WorkshopFigures(card, 20, 4, 3, 17, 2);
        assertThat(figures.fillRate()).isEqualTo(67);
        assertThat(figures.cancellationRate()).isEqualTo(11);
        assertThat(figures.noShowRate()).isEqualTo(11);
        assertThat(figures.checkedIn()).isTrue();
        WorkshopFigures empty = new WorkshopFigures(card, 0, 0, 0, 0, 0);
        assertThat(empty.noShowRate()).isZero();
        assertThat(empty.cancellationRate()).isZero();
        assertThat(empty.checkedIn()).isFalse();
    }
}
