package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.SmtpProxy;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Notices, reminders and the e-mail outbox inside Payara Micro, against MariaDB and a real SMTP
 * server (GreenMail). The timers are off here: each test drives the sender itself, with its own
 * idea of "now", so that outages, crashes and races can be staged.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationOutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(NotificationOutboxIT.class, TestPeople.class, InTransaction.class, Mailbox.class, Mailbox.Mail.class,
                SmtpProxy.class);
    }

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReminderService reminders;

    @Inject
    private EmailOutbox outbox;

    @Inject
    private Clock clock;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    private final MailTransport smtp = new SmtpMailTransport("127.0.0.1", Mailbox.smtpPort(), null, null, false,
            "no-reply@peersupport.example", "Peer Support Portal");

    @Test
    void aReminderIsDeliveredOnceInTheMembersLanguageAndTimeZone() {
        Account member = accounts.register(TestPeople.newRegistration("Europe/Madrid", "es"));
        SubjectRef session = new SubjectRef("TEST_SESSION", uniqueId());
        Instant start = clock.instant().plus(Duration.ofMinutes(90));

        assertThat(reminders.schedule(member.getId(), NotificationKind.SESSION_REMINDER, session, start,
                "/curriculum/session/" + session.id(), ReminderService.DAY_AND_HOUR_BEFORE))
                .as("the day-before reminder is already past").isEqualTo(1);
        Instant due = start.minus(Duration.ofHours(1));
        assertThat(reminders.fireDue(due.minusSeconds(1))).as("not yet").isZero();
        reminders.fireDue(due);
        reminders.fireDue(due.plusSeconds(30));
        outbox.drain(smtp, due);
        outbox.drain(smtp, due.plusSeconds(60));

        List<Mailbox.Mail> received = Mailbox.of(member.getEmail());
        assertThat(received).hasSize(1);
        // As a Spanish reader writes the time: "0:19" after midnight, not "00:19".
        String madridTime = DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.forLanguageTag("es")).withZone(ZoneId.of("Europe/Madrid")).format(start);
        assertThat(received.get(0).subject()).isEqualTo("Un mensaje del Portal de Apoyo entre Pares");
        assertThat(received.get(0).text()).contains("Tu sesión de grupo empieza el")
                .contains(madridTime + " (Europe/Madrid)")
                .contains("/curriculum/session/" + session.id());
        assertThat(notifications.unreadCount(member.getId())).isEqualTo(1);
    }

    @Test
    void anSmtpOutageDelaysTheMailAndItArrivesAfterRecovery() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration());
        InTransaction.run(transaction, () -> notifications.notify(member.getId(), NotificationKind.WAITLIST_PROMOTED, "/workshops/1", List.of()));
        Instant now = clock.instant();

        outbox.drain(new SmtpMailTransport("127.0.0.1", closedPort(), null, null, false, "a@b.example", "x"), now);

        OutboxMessage waiting = outbox.messagesTo(member.getEmail()).get(0);
        assertThat(waiting.getSentAt()).isNull();
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).contains("SMTP delivery");
        assertThat(waiting.getNotBefore()).isAfter(now);
        assertThat(Mailbox.of(member.getEmail())).isEmpty();

        outbox.drain(smtp, now.plusSeconds(10));
        assertThat(Mailbox.of(member.getEmail())).as("backing off, not retried yet").isEmpty();
        outbox.drain(smtp, waiting.getNotBefore());

        assertThat(Mailbox.of(member.getEmail())).hasSize(1);
        assertThat(outbox.messagesTo(member.getEmail()).get(0).getSentAt()).isNotNull();
    }

    @Test
    void aSenderThatDiesBetweenClaimAndSendNeitherLosesNorDuplicates() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration());
        InTransaction.run(transaction, () -> notifications.notify(member.getId(), NotificationKind.WAITLIST_PROMOTED, "/workshops/2", List.of()));
        Instant now = clock.instant();

        assertThat(outbox.claim("sender-that-dies", now, 1000)).extracting(OutboxMessage::getToAddress)
                .contains(member.getEmail());
        outbox.drain(smtp, now.plusSeconds(5));
        assertThat(Mailbox.of(member.getEmail())).as("still held by the dead sender's claim").isEmpty();

        Instant afterTheClaimRanOut = now.plus(EmailOutbox.CLAIM_FOR).plusSeconds(1);
        outbox.drain(smtp, afterTheClaimRanOut);
        outbox.drain(smtp, afterTheClaimRanOut.plusSeconds(1));
        outbox.markSent(outbox.messagesTo(member.getEmail()).get(0).getId(), "sender-that-dies", afterTheClaimRanOut);

        assertThat(Mailbox.of(member.getEmail())).hasSize(1);
    }

    @Test
    void twoSendersRacingOverOneOutboxSendEachMessageOnce() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration());
        int messages = 40;
        InTransaction.run(transaction, () -> {
            for (int i = 0; i < messages; i++) {
                notifications.notify(member.getId(), NotificationKind.WAITLIST_PROMOTED, "/workshops/" + i, List.of());
            }
        });
        Instant now = clock.instant();
        // Other tests leave due mail in the shared outbox, so each sender runs until nothing due is left
        // rather than for a fixed number of rounds.
        Callable<Integer> sender = () -> {
            int sent = 0;
            for (int batch = outbox.sendDue(smtp, now, 5); batch > 0; batch = outbox.sendDue(smtp, now, 5)) {
                sent += batch;
            }
            return sent;
        };

        Future<Integer> first = executor.submit(sender);
        Future<Integer> second = executor.submit(sender);
        int sentByBoth = first.get() + second.get();

        assertThat(sentByBoth).as("our messages among whatever else was due").isGreaterThanOrEqualTo(messages);

        assertThat(Mailbox.of(member.getEmail())).hasSize(messages);
        assertThat(outbox.messagesTo(member.getEmail())).hasSize(messages)
                .allSatisfy(message -> assertThat(message.getSentAt()).isNotNull());
    }

    @Test
    void aBatchGoesToTheMailServerOverOneConnection() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration());
        int messages = 12;
        InTransaction.run(transaction, () -> {
            for (int i = 0; i < messages; i++) {
                notifications.notify(member.getId(), NotificationKind.WAITLIST_PROMOTED, "/workshops/" + i, List.of());
            }
        });

        try (SmtpProxy proxy = new SmtpProxy(Mailbox.smtpPort())) {
            // Other tests leave due mail in the shared outbox: it goes in the same batches.
            int sent = outbox.drain(smtpThrough(proxy), clock.instant());

            assertThat(sent).isGreaterThanOrEqualTo(messages);
            assertThat(proxy.connections()).as("one connection per batch of %d", EmailOutbox.BATCH)
                    .isEqualTo((sent + EmailOutbox.BATCH - 1) / EmailOutbox.BATCH);
        }
        assertThat(Mailbox.of(member.getEmail())).hasSize(messages);
        assertThat(outbox.messagesTo(member.getEmail())).allSatisfy(message -> assertThat(message.getSentAt()).isNotNull());
    }

    @Test
    void aServerThatHangsUpMidBatchLeavesTheAcceptedSentTheRestDueAndNothingSentTwice() throws Exception {
        outbox.drain(smtp, clock.instant()); // what other tests left due, so that the batch below is ours alone
        Account member = accounts.register(TestPeople.newRegistration());
        int messages = 10;
        InTransaction.run(transaction, () -> {
            for (int i = 0; i < messages; i++) {
                notifications.notify(member.getId(), NotificationKind.WAITLIST_PROMOTED, "/workshops/hang-up-" + i, List.of());
            }
        });
        Instant now = clock.instant();

        try (SmtpProxy proxy = new SmtpProxy(Mailbox.smtpPort())) {
            MailTransport throughProxy = smtpThrough(proxy);
            proxy.hangUpOnMail(4);

            assertThat(outbox.sendDue(throughProxy, now, EmailOutbox.BATCH)).as("accepted before the hang-up").isEqualTo(3);

            List<OutboxMessage> after = outbox.messagesTo(member.getEmail());
            assertThat(after.subList(0, 3)).allSatisfy(message -> assertThat(message.getSentAt()).isNotNull());
            OutboxMessage inFlight = after.get(3);
            assertThat(inFlight.getSentAt()).isNull();
            assertThat(inFlight.getAttempts()).isEqualTo(1);
            assertThat(inFlight.getNotBefore()).isAfter(now);
            assertThat(after.subList(4, messages)).as("untried: due at once, no attempt counted").allSatisfy(message -> {
                assertThat(message.getSentAt()).isNull();
                assertThat(message.getAttempts()).isZero();
                assertThat(message.getClaimToken()).isNull();
            });
            assertThat(Mailbox.of(member.getEmail())).hasSize(3);

            assertThat(outbox.drain(throughProxy, now)).isEqualTo(messages - 4);
            assertThat(Mailbox.of(member.getEmail())).hasSize(messages - 1);
            outbox.drain(throughProxy, inFlight.getNotBefore());
            assertThat(proxy.connections()).isEqualTo(3);
        }

        List<Mailbox.Mail> received = Mailbox.of(member.getEmail());
        assertThat(received).as("each once").hasSize(messages);
        for (int i = 0; i < messages; i++) {
            String link = "/workshops/hang-up-" + i;
            assertThat(received).filteredOn(mail -> mail.text().contains(link + "\n") || mail.text().contains(link + "\r")
                    || mail.text().endsWith(link)).as(link).hasSize(1);
        }
        assertThat(outbox.messagesTo(member.getEmail())).allSatisfy(message -> assertThat(message.getSentAt()).isNotNull());
    }

    private static MailTransport smtpThrough(SmtpProxy proxy) {
        return new SmtpMailTransport("127.0.0.1", proxy.port(), null, null, false, "no-reply@peersupport.example",
                "Peer Support Portal");
    }

    @Test
    void membersChooseTheChannelPerKindAndQuietHoursHoldTheirEmail() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration("Asia/Tokyo", "en"));
        long id = member.getId();
        notifications.choose(id, NotificationKind.REPLY, Channel.OFF);
        notifications.choose(id, NotificationKind.MATCH_PROPOSED, Channel.IN_APP);
        LocalTime tokyoNow = LocalTime.now(ZoneId.of("Asia/Tokyo")).withNano(0);
        LocalTime quietEnd = tokyoNow.plusHours(2).withSecond(0);
        notifications.quietHours(id, tokyoNow.minusHours(1), quietEnd);

        InTransaction.run(transaction, () -> {
            notifications.notify(id, NotificationKind.REPLY, "/forum/topic/1", List.of());
            notifications.notify(id, NotificationKind.MATCH_PROPOSED, "/mentoring", List.of());
            notifications.notify(id, NotificationKind.WAITLIST_PROMOTED, "/workshops/3", List.of());
            notifications.notify(id, NotificationKind.CRISIS_ALERT, "/moderation/alert.xhtml?id=1", List.of("HIGH", "15"));
        });

        assertThat(notifications.page(id, 0, 10)).extracting(Notification::getKind).containsExactlyInAnyOrder(
                NotificationKind.CRISIS_ALERT, NotificationKind.WAITLIST_PROMOTED, NotificationKind.MATCH_PROPOSED);
        List<OutboxMessage> mail = outbox.messagesTo(member.getEmail());
        assertThat(mail).hasSize(2);
        mail = mail.stream().sorted(java.util.Comparator.comparing(OutboxMessage::getNotBefore).reversed()).toList();
        java.time.ZonedDateTime tokyo = clock.instant().atZone(ZoneId.of("Asia/Tokyo"));
        java.time.ZonedDateTime nextEnd = tokyo.with(quietEnd);
        Instant endOfQuiet = (nextEnd.isAfter(tokyo) ? nextEnd : nextEnd.plusDays(1)).toInstant();
        assertThat(mail.get(0).getNotBefore()).as("waitlist e-mail waits for the end of quiet hours").isEqualTo(endOfQuiet);
        assertThat(mail.get(1).getNotBefore()).as("a crisis alert does not wait").isBefore(clock.instant().plusSeconds(1));
        assertThat(notifications.channels(id)).containsEntry(NotificationKind.REPLY, Channel.OFF)
                .containsEntry(NotificationKind.SESSION_REMINDER, Channel.EMAIL);
    }

    @Test
    void remindersAreCancelledWithTheEventOrWhenThePersonLeaves() {
        Account leaving = accounts.register(TestPeople.newRegistration());
        Account staying = accounts.register(TestPeople.newRegistration());
        SubjectRef workshop = new SubjectRef("TEST_WORKSHOP", uniqueId());
        Instant start = clock.instant().plus(Duration.ofDays(3));
        for (Account person : List.of(leaving, staying)) {
            reminders.schedule(person.getId(), NotificationKind.WORKSHOP_REMINDER, workshop, start, "/w",
                    ReminderService.DAY_AND_HOUR_BEFORE);
        }

        assertThat(reminders.cancel(workshop, leaving.getId())).isEqualTo(2);
        assertThat(reminders.remindersOf(workshop, staying.getId())).extracting(Reminder::getStatus)
                .containsOnly(Reminder.Status.PENDING);
        assertThat(reminders.cancel(workshop)).isEqualTo(2);
        reminders.fireDue(start);

        assertThat(reminders.remindersOf(workshop, null)).hasSize(4).extracting(Reminder::getStatus)
                .containsOnly(Reminder.Status.CANCELLED);
        assertThat(notifications.unreadCount(leaving.getId()) + notifications.unreadCount(staying.getId())).isZero();
    }

    @Test
    void membersMarkTheirOwnNoticesReadOnly() throws Exception {
        Account member = accounts.register(TestPeople.newRegistration());
        Account other = accounts.register(TestPeople.newRegistration());
        InTransaction.run(transaction, () -> {
            notifications.notify(member.getId(), NotificationKind.REPLY, "/a", List.of());
            notifications.notify(member.getId(), NotificationKind.REPLY, "/b", List.of());
        });
        long newest = notifications.page(member.getId(), 0, 1).get(0).getId();

        notifications.markRead(other.getId(), newest);
        assertThat(notifications.unreadCount(member.getId())).isEqualTo(2);
        notifications.markRead(member.getId(), newest);
        assertThat(notifications.unreadCount(member.getId())).isEqualTo(1);
        notifications.markAllRead(member.getId());
        assertThat(notifications.unreadCount(member.getId())).isZero();
        assertThat(notifications.count(member.getId())).isEqualTo(2);
    }

    private static long uniqueId() {
        return UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE;
    }

    private static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
