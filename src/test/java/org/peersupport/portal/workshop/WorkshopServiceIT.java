package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.MemberSuspendedException;
import org.peersupport.portal.notification.EmailOutbox;
import org.peersupport.portal.notification.MailTransport;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.Reminder;
import org.peersupport.portal.notification.ReminderService;
import org.peersupport.portal.notification.SmtpMailTransport;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.TestCrowd;
import org.peersupport.portal.testsupport.TestPeople;

/** Workshops inside Payara Micro against MariaDB: seats never sold twice, the waitlist moves on, refusals change nothing. */
@ExtendWith(ArquillianExtension.class)
class WorkshopServiceIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String LINK = "https://video.example/workshop-room";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(WorkshopServiceIT.class, TestPeople.class, TestCrowd.class, InTransaction.class, WorkshopEventsRecorder.class,
                Mailbox.class, Mailbox.Mail.class);
    }

    @Inject
    private WorkshopService workshops;

    @Inject
    private WorkshopViews views;

    @Inject
    private AccountService accounts;

    @Inject
    private ReminderService reminders;

    @Inject
    private NotificationService notifications;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestCrowd crowd;

    @Inject
    private WorkshopEventsRecorder events;

    @Inject
    private Clock clock;

    @Resource
    private UserTransaction transaction;

    private final MailTransport smtp = new SmtpMailTransport("127.0.0.1", Mailbox.smtpPort(), null, null, false,
            "no-reply@peersupport.example", "Peer Support Portal");

    @Test
    void aFullWorkshopWaitlistsAndACancellationOffersTheSeatToTheFirstInLineWhoIsEmailedAndConfirms() {
        Account host = TestPeople.newFacilitator(accounts);
        Workshop workshop = published(host, 2, Duration.ofDays(3));
        Account first = member();
        Account second = member();
        Account third = member();
        Account fourth = member();
        assertThat(workshops.signUp(first.getId(), workshop.getId(), null, false).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(workshops.signUp(second.getId(), workshop.getId(), "Step-free access", true).getStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(workshops.signUp(third.getId(), workshop.getId(), null, false).getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        workshops.signUp(fourth.getId(), workshop.getId(), null, false);

        WorkshopView thirdsView = views.view(Optional.of(third.getId()), workshop.getId());
        assertThat(thirdsView.waitlistPosition()).contains(1);
        assertThat(thirdsView.onlineLink()).as("the link is for confirmed attendees").isEmpty();
        assertThat(thirdsView.card().seatsLeft()).isZero();
        assertThat(thirdsView.card().waitlistLength()).isEqualTo(2);
        assertThat(views.view(Optional.of(fourth.getId()), workshop.getId()).waitlistPosition()).contains(2);
        assertThat(views.view(Optional.of(first.getId()), workshop.getId()).onlineLink()).contains(LINK);
        assertThat(views.view(Optional.empty(), workshop.getId()).onlineLink()).as("a visitor").isEmpty();
        assertThat(reminders.remindersOf(WorkshopService.subject(workshop.getId()), first.getId())).hasSize(2);

        workshops.cancelRegistration(first.getId(), workshop.getId());
        assertThat(reminders.remindersOf(WorkshopService.subject(workshop.getId()), first.getId())).allMatch(r -> r.getStatus() == Reminder.Status.CANCELLED);
        WorkshopView offered = views.view(Optional.of(third.getId()), workshop.getId());
        assertThat(offered.status()).contains(RegistrationStatus.OFFERED);
        assertThat(offered.registration().orElseThrow().getOfferExpiresAt()).hasValueSatisfying(expiry ->
                assertThat(Duration.between(clock.instant(), expiry)).isBetween(Duration.ofHours(23), Duration.ofHours(24)));
        assertThat(views.view(Optional.of(fourth.getId()), workshop.getId()).waitlistPosition()).as("moved up").contains(1);
        assertThat(views.view(Optional.of(member().getId()), workshop.getId()).card().seatsLeft()).as("the offered seat is held").isZero();

        outbox.drain(smtp, clock.instant());
        List<Mailbox.Mail> mail = Mailbox.of(third.getEmail());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).text()).contains("A seat opened up at “" + workshop.getTitle() + "”")
                .contains("/workshops/workshop.xhtml?id=" + workshop.getId());

        workshops.confirmOffer(third.getId(), workshop.getId());
        assertThat(views.view(Optional.of(third.getId()), workshop.getId()).status()).contains(RegistrationStatus.CONFIRMED);
        assertThat(views.view(Optional.of(third.getId()), workshop.getId()).onlineLink()).contains(LINK);
        assertThat(reminders.remindersOf(WorkshopService.subject(workshop.getId()), third.getId())).hasSize(2);
        assertThat(audit.entriesFor(WorkshopService.SUBJECT_WORKSHOP, workshop.getId(), 20)).extracting(AuditEntry::getAction)
                .contains("WORKSHOP_SIGNED_UP", "WORKSHOP_WAITLISTED", "WORKSHOP_REGISTRATION_CANCELLED", "WORKSHOP_SEAT_OFFERED",
                        "WORKSHOP_OFFER_CONFIRMED");

        List<Attendee> list = views.attendees(host.getId(), workshop.getId());
        assertThat(list).extracting(Attendee::status).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED);
        Attendee sharing = list.stream().filter(a -> a.displayName().equals(second.getDisplayName())).findFirst().orElseThrow();
        assertThat(sharing.email()).contains(second.getEmail());
        assertThat(sharing.answer()).contains("Step-free access");
        assertThat(list.stream().filter(a -> a.displayName().equals(third.getDisplayName())).findFirst().orElseThrow().email())
                .as("did not agree to share").isEmpty();
        assertThatThrownBy(() -> views.attendees(second.getId(), workshop.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOfferNotConfirmedInTimePassesToTheNextInLine() {
        Account host = TestPeople.newFacilitator(accounts);
        Workshop workshop = published(host, 1, Duration.ofDays(5));
        Account holder = member();
        Account slow = member();
        Account next = member();
        workshops.signUp(holder.getId(), workshop.getId(), null, false);
        workshops.signUp(slow.getId(), workshop.getId(), null, false);
        workshops.signUp(next.getId(), workshop.getId(), null, false);
        workshops.cancelRegistration(holder.getId(), workshop.getId());
        assertThat(views.view(Optional.of(slow.getId()), workshop.getId()).status()).contains(RegistrationStatus.OFFERED);

        Instant dayLater = clock.instant().plus(Duration.ofHours(25));
        assertThat(workshops.workshopsWithExpiredOffers(clock.instant())).doesNotContain(workshop.getId());
        assertThat(workshops.workshopsWithExpiredOffers(dayLater)).contains(workshop.getId());
        assertThat(workshops.passExpiredOffers(workshop.getId(), dayLater)).isEqualTo(1);
        assertThat(workshops.passExpiredOffers(workshop.getId(), dayLater)).as("passed on once").isZero();
        assertThat(views.view(Optional.of(slow.getId()), workshop.getId()).status()).contains(RegistrationStatus.EXPIRED);
        assertThat(views.view(Optional.of(next.getId()), workshop.getId()).status()).contains(RegistrationStatus.OFFERED);
        assertThat(notifications.page(slow.getId(), 0, 5)).extracting(n -> n.getKind())
                .contains(NotificationKind.WAITLIST_PROMOTED, NotificationKind.WORKSHOP_OFFER_EXPIRED);
        assertThatThrownBy(() -> workshops.confirmOffer(slow.getId(), workshop.getId())).isInstanceOf(WorkshopRefusedException.class)
                .hasMessage("workshop.refused.noOffer");
        workshops.confirmOffer(next.getId(), workshop.getId());
        assertThat(views.view(Optional.of(next.getId()), workshop.getId()).status()).contains(RegistrationStatus.CONFIRMED);
    }

    @Test
    void badSignUpsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        Account host = TestPeople.newFacilitator(accounts);
        Account member = member();
        Workshop open = published(host, 5, Duration.ofDays(2));
        workshops.signUp(member.getId(), open.getId(), null, false);
        refused(() -> workshops.signUp(member.getId(), open.getId(), null, false), "workshop.refused.already");
        refused(() -> workshops.signUp(host.getId(), open.getId(), null, false), "workshop.refused.host");

        LocalDateTime start = LocalDateTime.now(clock.withZone(LONDON)).plusDays(2);
        Workshop closed = workshops.publish(host.getId(), workshops.create(host.getId(), host.getId(),
                details("Closed", start, 5, start.minusDays(3), start.minusDays(3))).getId());
        refused(() -> workshops.signUp(member.getId(), closed.getId(), null, false), "workshop.refused.deadline");

        LocalDateTime begun = LocalDateTime.now(clock.withZone(LONDON)).minusMinutes(10);
        Workshop past = workshops.publish(host.getId(), workshops.create(host.getId(), host.getId(),
                details("Begun", begun, 5, begun, begun)).getId());
        refused(() -> workshops.signUp(member.getId(), past.getId(), null, false), "workshop.refused.past");

        Workshop cancelled = published(host, 5, Duration.ofDays(2));
        workshops.cancel(host.getId(), cancelled.getId());
        refused(() -> workshops.signUp(member.getId(), cancelled.getId(), null, false), "workshop.refused.cancelled");

        Workshop draft = workshops.create(host.getId(), host.getId(), details("Draft", start, 5, start, start));
        assertThatThrownBy(() -> workshops.signUp(member.getId(), draft.getId(), null, false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.view(Optional.of(member.getId()), draft.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> views.view(Optional.empty(), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workshops.signUp(member.getId(), Long.MAX_VALUE, null, false)).isInstanceOf(NotFoundException.class);

        Account suspended = member();
        InTransaction.run(transaction, () -> accounts.suspend(suspended.getId(), clock.instant().plus(Duration.ofDays(1))));
        assertThatThrownBy(() -> workshops.signUp(suspended.getId(), open.getId(), null, false))
                .isInstanceOf(MemberSuspendedException.class);
        assertThatThrownBy(() -> workshops.edit(member.getId(), open.getId(), open.details())).isInstanceOf(NotPermittedException.class);

        for (Workshop w : List.of(closed, past, cancelled, draft)) {
            assertThat(views.attendees(host.getId(), w.getId())).as(w.getTitle()).isEmpty();
        }
        assertThat(views.attendees(host.getId(), open.getId())).hasSize(1);
    }

    @Test
    void aLargerCapacityOffersSeatsAndMovingOrCancellingTellsEveryoneAndRaisesTheSequence() {
        Account host = TestPeople.newFacilitator(accounts);
        Workshop workshop = published(host, 1, Duration.ofDays(4));
        Account seated = member();
        Account waiting = member();
        workshops.signUp(seated.getId(), workshop.getId(), null, false);
        workshops.signUp(waiting.getId(), workshop.getId(), null, false);
        WorkshopDetails smaller = withCapacity(workshop.details(), 0);
        assertThatThrownBy(() -> workshops.edit(host.getId(), workshop.getId(), smaller)).isInstanceOf(RuntimeException.class);

        int sequence = views.view(Optional.of(seated.getId()), workshop.getId()).sequence();
        workshops.edit(host.getId(), workshop.getId(), withCapacity(workshop.details(), 2));
        assertThat(views.view(Optional.of(waiting.getId()), workshop.getId()).status()).contains(RegistrationStatus.OFFERED);
        assertThat(views.view(Optional.of(seated.getId()), workshop.getId()).sequence()).as("capacity is not a calendar change")
                .isEqualTo(sequence);

        WorkshopDetails later = moved(withCapacity(workshop.details(), 2), Duration.ofDays(7));
        workshops.postpone(host.getId(), workshop.getId(), later);
        WorkshopView afterMove = views.view(Optional.of(seated.getId()), workshop.getId());
        assertThat(afterMove.sequence()).isEqualTo(sequence + 1);
        assertThat(afterMove.card().postponed()).isTrue();
        assertThat(reminders.remindersOf(WorkshopService.subject(workshop.getId()), seated.getId()))
                .filteredOn(r -> r.getStatus() == Reminder.Status.PENDING).extracting(Reminder::getEventStart).containsOnly(later.startsAt());
        assertThat(notifications.page(waiting.getId(), 0, 5)).extracting(n -> n.getKind()).contains(NotificationKind.WORKSHOP_POSTPONED);

        workshops.cancel(host.getId(), workshop.getId());
        assertThat(views.view(Optional.of(seated.getId()), workshop.getId()).sequence()).isEqualTo(sequence + 2);
        assertThat(notifications.page(seated.getId(), 0, 5)).extracting(n -> n.getKind()).contains(NotificationKind.WORKSHOP_CANCELLED);
        assertThat(reminders.remindersOf(WorkshopService.subject(workshop.getId()), seated.getId())).allMatch(r -> r.getStatus() == Reminder.Status.CANCELLED);
        assertThat(views.listing(WorkshopFilter.ALL, 0, 500)).extracting(WorkshopCard::id).doesNotContain(workshop.getId());
    }

    @Test
    void checkInRecordsTheDayAndFiresWorkshopAttendedOncePerMember() {
        Account host = TestPeople.newFacilitator(accounts);
        Workshop workshop = published(host, 5, Duration.ofMinutes(30));
        Account came = member();
        Account stayedAway = member();
        long cameRegistration = workshops.signUp(came.getId(), workshop.getId(), null, false).getId();
        long awayRegistration = workshops.signUp(stayedAway.getId(), workshop.getId(), null, false).getId();

        workshops.checkIn(host.getId(), workshop.getId(), cameRegistration, CheckIn.ATTENDED);
        workshops.checkIn(host.getId(), workshop.getId(), cameRegistration, CheckIn.NO_SHOW);
        workshops.checkIn(host.getId(), workshop.getId(), cameRegistration, CheckIn.ATTENDED);
        workshops.checkIn(host.getId(), workshop.getId(), awayRegistration, CheckIn.NO_SHOW);
        assertThat(events.attendedAt(workshop.getId())).extracting(WorkshopAttended::memberId).containsExactly(came.getId());
        assertThatThrownBy(() -> workshops.checkIn(came.getId(), workshop.getId(), cameRegistration, CheckIn.ATTENDED))
                .isInstanceOf(NotPermittedException.class);

        WorkshopFigures figures = views.figures(host.getId()).stream().filter(f -> f.card().id() == workshop.getId()).findFirst()
                .orElseThrow();
        assertThat(figures.fillRate()).isEqualTo(40);
        assertThat(figures.noShowRate()).isEqualTo(50);
        assertThat(figures.attended()).isEqualTo(1);

        Workshop later = published(host, 5, Duration.ofDays(3));
        long early = workshops.signUp(came.getId(), later.getId(), null, false).getId();
        refused(() -> workshops.checkIn(host.getId(), later.getId(), early, CheckIn.ATTENDED), "workshop.refused.checkInClosed");
    }

    /** The race, repeated: 200 members at once for 25 seats, 20 times over. */
    @Test
    void twoHundredConcurrentSignUpsForTwentyFiveSeatsNeverSellASeatTwiceTwentyTimesOver() throws Exception {
        Account host = TestPeople.newFacilitator(accounts);
        List<Long> crowdIds = crowd.copiesOf(member().getId(), 200);
        assertThat(crowdIds).hasSize(200);
        ExecutorService pool = Executors.newFixedThreadPool(crowdIds.size());
        try {
            for (int round = 1; round <= 20; round++) {
                Workshop workshop = published(host, 25, Duration.ofDays(6));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RegistrationStatus>> results = new ArrayList<>();
                for (long memberId : crowdIds) {
                    Callable<RegistrationStatus> signUp = () -> {
                        start.await();
                        return workshops.signUp(memberId, workshop.getId(), null, false).getStatus();
                    };
                    results.add(pool.submit(signUp));
                }
                start.countDown();
                int confirmed = 0;
                int waitlisted = 0;
                for (Future<RegistrationStatus> result : results) {
                    RegistrationStatus status = result.get(120, TimeUnit.SECONDS); // an exception here fails the round
                    confirmed += status == RegistrationStatus.CONFIRMED ? 1 : 0;
                    waitlisted += status == RegistrationStatus.WAITLISTED ? 1 : 0;
                }
                assertThat(confirmed).as("round %d confirmed", round).isEqualTo(25);
                assertThat(waitlisted).as("round %d waitlisted", round).isEqualTo(175);
                List<Attendee> list = views.attendees(host.getId(), workshop.getId());
                assertThat(list).hasSize(200);
                assertThat(list).filteredOn(a -> a.status() == RegistrationStatus.CONFIRMED).hasSize(25);
                assertThat(list.stream().flatMap(a -> a.waitlistPosition().stream()).toList())
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 175).boxed().toList());
                assertThat(crowd.waitlistNumbers(workshop.getId())).as("round %d: numbers given under the lock", round)
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, 175).boxed().toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void refused(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOf(WorkshopRefusedException.class).hasMessage(reason);
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Workshop published(Account host, int capacity, Duration fromNow) {
        LocalDateTime start = LocalDateTime.now(clock.withZone(LONDON)).plus(fromNow);
        Workshop workshop = workshops.create(host.getId(), host.getId(), details("Workshop " + System.nanoTime(), start, capacity,
                start, start.minusMinutes(10)));
        return workshops.publish(host.getId(), workshop.getId());
    }

    private static WorkshopDetails details(String title, LocalDateTime start, int capacity, LocalDateTime signUpBy,
            LocalDateTime cancelBy) {
        return new WorkshopDetails(title, "Breathing together.", WorkshopTopic.MINDFULNESS, Locale.ENGLISH, start, start.plusHours(1),
                LONDON, capacity, AttendanceMode.ONLINE, null, LINK, signUpBy, cancelBy, WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null);
    }

    private static WorkshopDetails withCapacity(WorkshopDetails d, int capacity) {
        return new WorkshopDetails(d.title(), d.description(), d.topic(), d.language(), d.start(), d.end(), d.timeZone(), capacity,
                d.mode(), d.location(), d.onlineLink(), d.signUpDeadline(), d.cancellationDeadline(), d.offerWindowMinutes(), d.question());
    }

    private static WorkshopDetails moved(WorkshopDetails d, Duration by) {
        return new WorkshopDetails(d.title(), d.description(), d.topic(), d.language(), d.start().plus(by), d.end().plus(by),
                d.timeZone(), d.capacity(), d.mode(), d.location(), d.onlineLink(), d.signUpDeadline().plus(by),
                d.cancellationDeadline().plus(by), d.offerWindowMinutes(), d.question());
    }
}
