package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.MemberSuspendedException;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.mentoring.chat.ChatIdleTimers;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.safety.CrisisAlertService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.testsupport.ChatSocketClient;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.InTransaction;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Who may read and write a mentor chat, in the service and at the socket: the two participants
 * only; anyone else is told the chat does not exist (404), and a socket handshake from another
 * site is refused. A crisis message is held from the other person and raises a crisis alert.
 */
@ExtendWith(ArquillianExtension.class)
class ChatAccessIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ChatAccessIT.class, TestPeople.class, LoopbackHttp.class, ChatSocketClient.class, InTransaction.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private ChatService chat;

    @Inject
    private MentoringService mentoring;

    @Inject
    private ChatIdleTimers idleTimers;

    @Inject
    private AccountService accounts;

    @Inject
    private CrisisAlertService alerts;

    @Inject
    private org.peersupport.portal.shared.audit.AuditTrail audit;

    @Inject
    private org.peersupport.portal.moderation.ModerationService moderation;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private record Person(Account account, Registration registration) {
        long id() {
            return account.getId();
        }
    }

    private record Pairing(Person mentor, Person mentee, Person outsider, long mentorshipId) {}

    @Test
    void theTwoParticipantsWriteAndReadThePagesOldestFirst() {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();

        ChatSendResult hello = chat.send(pairing.mentor().id(), id, "Hello, glad we are matched.");
        ChatSendResult reply = chat.send(pairing.mentee().id(), id, "  Hi! Me too.  ");

        assertThat(hello.outcome()).isEqualTo(ChatSendResult.Outcome.SENT);
        assertThat(reply.outcome()).isEqualTo(ChatSendResult.Outcome.SENT);
        List<ChatLine> page = chat.page(pairing.mentee().id(), id, null, ChatService.PAGE_SIZE);
        assertThat(page).extracting(ChatLine::body).containsExactly("Hello, glad we are matched.", "Hi! Me too.");
        assertThat(page).extracting(ChatLine::mine).containsExactly(false, true);
        assertThat(chat.page(pairing.mentor().id(), id, reply.line().id(), ChatService.PAGE_SIZE))
                .as("the page before the reply").extracting(ChatLine::id).containsExactly(hello.line().id());
        assertThat(chat.unreadCounts(pairing.mentor().id(), List.of(id))).containsEntry(id, 1L);
        assertThat(chat.send(pairing.mentor().id(), id, "   ").outcome()).as("nothing to send").isEqualTo(ChatSendResult.Outcome.REFUSED);
    }

    @Test
    void anOutsiderIsToldTheChatDoesNotExist() {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        long outsider = pairing.outsider().id();
        long message = chat.send(pairing.mentor().id(), id, "Only for my mentee.").line().id();

        assertThat(chat.takesPart(outsider, id)).isFalse();
        assertThatThrownBy(() -> chat.conversation(outsider, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.page(outsider, id, null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.line(outsider, message)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.send(outsider, id, "Let me in")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.markRead(outsider, id, message)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.report(outsider, message, "curious")).isInstanceOf(NotFoundException.class);
        assertThat(chat.page(pairing.mentee().id(), id, null, 10)).extracting(ChatLine::body).containsExactly("Only for my mentee.");
    }

    @Test
    void aCrisisMessageIsHeldFromTheOtherPersonAndRaisesACrisisAlert() {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();

        ChatSendResult held = chat.send(pairing.mentee().id(), id, "I want to kill myself tonight");

        assertThat(held.outcome()).isEqualTo(ChatSendResult.Outcome.HELD_CRISIS);
        assertThat(held.line().body()).as("the writer still sees their words").isEqualTo("I want to kill myself tonight");
        ChatLine seenByMentor = chat.line(pairing.mentor().id(), held.line().id());
        assertThat(seenByMentor.body()).as("held from the mentor").isNull();
        assertThat(seenByMentor.status()).isEqualTo(ChatMessage.Status.HELD_CRISIS);
        assertThat(chat.page(pairing.mentor().id(), id, null, 10)).extracting(ChatLine::body).containsOnlyNulls();
        assertThat(chat.unreadCounts(pairing.mentor().id(), List.of(id))).as("nothing readable to catch up on").doesNotContainKey(id);
        assertThat(alerts.notClosed()).anySatisfy(row -> {
            assertThat(row.alert().getSource()).isEqualTo(ModerationService.SOURCE_CHAT_MESSAGE);
            assertThat(row.alert().getSourceId()).isEqualTo(held.line().id());
            assertThat(row.alert().getMemberId()).isEqualTo(pairing.mentee().id());
        });
    }

    @Test
    void theSocketOpensOnlyForAParticipantOnThisSiteAndClosesAtTheEnd() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        String mentor = signedIn(pairing.mentor());
        String mentee = signedIn(pairing.mentee());
        String outsider = signedIn(pairing.outsider());

        assertThat(handshake(id, outsider, site)).as("an outsider: 404, as for the page").isEqualTo(404);
        assertThat(handshake(id, mentor, "http://elsewhere.example")).as("another site's page").isEqualTo(403);
        assertThat(handshake(id, mentor, null)).as("no Origin at all").isEqualTo(403);
        assertThat(handshake(id, null, site)).as("nobody signed in: never a socket").isNotEqualTo(101);
        assertThat(handshake(id, mentor, site)).as("the participant on this site").isEqualTo(101);

        long timersBefore = idleTimers.adopted();
        try (ChatSocketClient mentorSocket = ChatSocketClient.open(http, base.toExternalForm(), id, mentor, site);
                ChatSocketClient menteeSocket = ChatSocketClient.open(http, base.toExternalForm(), id, mentee, site)) {
            mentorSocket.sendText("Hello over the socket");
            String answer = mentorSocket.await(m -> m.contains("\"ref\""), WAIT);
            assertThat(ChatSocketClient.field(answer, "type")).isEqualTo("message");
            String arrived = menteeSocket.await(m -> "message".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(arrived, "body")).isEqualTo("Hello over the socket");
            assertThat(ChatSocketClient.field(arrived, "mine")).isEqualTo("false");
            // Both sockets answered, so both were opened (and their timers moved); the handshake above may add one.
            assertThat(idleTimers.adopted() - timersBefore).as("both sockets' idle timers left Payara's managed scheduler")
                    .isGreaterThanOrEqualTo(2);

            menteeSocket.send("{\"type\":\"read\",\"upTo\":" + ChatSocketClient.field(arrived, "id") + "}");
            String seen = mentorSocket.await(m -> "seen".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(seen, "upTo")).isEqualTo(ChatSocketClient.field(arrived, "id"));

            mentoring.end(pairing.mentee().id(), id, Mentorship.EndKind.BLOCKED, null, null, null);
            mentorSocket.await(m -> "ended".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(mentorSocket.awaitClosed(WAIT)).as("the ended chat closes").isTrue();
            assertThat(menteeSocket.awaitClosed(WAIT)).isTrue();
        }
    }

    @Test
    void signingOutClosesTheSocketsOfThatSession() throws Exception {
        Pairing pairing = newPairing();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        LoopbackHttp browser = new LoopbackHttp(base.toExternalForm(), "127.0.0.1");
        browser.signIn(pairing.mentee().account().getEmail(), pairing.mentee().registration().getPassword());
        String otherDevice = signedIn(pairing.mentee());

        try (ChatSocketClient here = ChatSocketClient.open(http, base.toExternalForm(), pairing.mentorshipId(), browser.sessionCookie(), site);
                ChatSocketClient there = ChatSocketClient.open(http, base.toExternalForm(), pairing.mentorshipId(), otherDevice, site)) {
            browser.postForm("/sign-out", Map.of());

            assertThat(here.awaitClosed(WAIT)).isTrue();
            assertThat(here.closeCode()).as("1008, as for an invalidated session: the page does not reconnect").isEqualTo(1008);
            there.send("{\"type\":\"ping\"}");
            chat.send(pairing.mentor().id(), pairing.mentorshipId(), "Still there on your phone?");
            String arrived = there.await(m -> "message".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(arrived, "body")).as("the other device's session goes on").isEqualTo("Still there on your phone?");
        }
    }

    @Test
    void aMemberSuspendedWhileTheirChatIsOpenIsToldWhyOnTheSocketAndNothingIsStored() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        try (ChatSocketClient menteeSocket = ChatSocketClient.open(http, base.toExternalForm(), id, signedIn(pairing.mentee()), site)) {
            Person moderator = newPerson();
            accounts.grantAdminAtStartup(moderator.account().getEmail());
            moderation.sanction(moderator.id(), pairing.mentee().id(),
                    org.peersupport.portal.moderation.Sanction.Kind.SUSPENSION, "Repeated personal attacks.", 3);

            menteeSocket.send("{\"type\":\"send\",\"text\":\"Are you there?\",\"ref\":\"r1\"}");
            String answer = menteeSocket.await(m -> "refused".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(answer, "ref")).isEqualTo("r1");
            assertThat(ChatSocketClient.field(answer, "reason")).startsWith("The moderators have paused your account");
        }
        assertThat(chat.page(pairing.mentor().id(), id, null, 10)).as("nothing stored").isEmpty();
    }

    @Test
    void aSuspensionMadeOnAnotherInstanceStopsAChattingMemberWithinTheTrustedTime() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        long mentee = pairing.mentee().id();
        assertThat(chat.send(mentee, id, "First, while in good standing").outcome()).isEqualTo(ChatSendResult.Outcome.SENT);

        // Another instance's suspension reaches this one only through the database: no event here.
        InTransaction.run(transaction, () -> em.createNativeQuery("UPDATE account SET suspended_until = ?1 WHERE id = ?2")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).plusDays(3)).setParameter(2, mentee).executeUpdate());
        long suspendedAt = System.nanoTime();
        long refusedAfter = -1;
        while (System.nanoTime() - suspendedAt < AccountStanding.TRUSTED.toNanos() + Duration.ofSeconds(2).toNanos()) {
            try {
                chat.send(mentee, id, "Still writing");
            } catch (MemberSuspendedException refused) {
                refusedAfter = System.nanoTime() - suspendedAt;
                break;
            }
            Thread.sleep(100);
        }
        assertThat(refusedAfter).as("refused within the trusted time (plus a round of this loop)")
                .isBetween(0L, AccountStanding.TRUSTED.toNanos() + Duration.ofMillis(500).toNanos());
    }

    @Test
    void aSilenceGivenOnThisInstanceStopsAChattingMemberAtOnce() {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        long mentee = pairing.mentee().id();
        assertThat(chat.send(mentee, id, "First, while in good standing").outcome()).isEqualTo(ChatSendResult.Outcome.SENT);
        Person moderator = newPerson();
        accounts.grantAdminAtStartup(moderator.account().getEmail());
        moderation.sanction(moderator.id(), mentee, org.peersupport.portal.moderation.Sanction.Kind.SILENCE, "Cooling off.", 1);

        ChatSendResult next = chat.send(mentee, id, "Right after the silence");
        assertThat(next.outcome()).isEqualTo(ChatSendResult.Outcome.REFUSED);
        assertThat(next.reasonKey()).isEqualTo("moderation.refused.silenced");
    }

    @Test
    void hundredsOfMessagesSentAsFastAsPossibleReachBothPeoplesSocketsOnceAndInOrder() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        int each = 150;
        Frames toMentor = new Frames();
        Frames toMentee = new Frames();
        try (ChatSocketClient mentorSocket = ChatSocketClient.open(http, base.toExternalForm(), id, signedIn(pairing.mentor()), site, toMentor);
                ChatSocketClient menteeSocket = ChatSocketClient.open(http, base.toExternalForm(), id, signedIn(pairing.mentee()), site,
                        toMentee)) {
            // Both write at once, each as fast as their socket takes it, answers not awaited.
            Thread mentorWrites = new Thread(() -> IntStream.range(0, each).forEach(n -> mentorSocket.sendText("from mentor " + letters(n))));
            Thread menteeWrites = new Thread(() -> IntStream.range(0, each).forEach(n -> menteeSocket.sendText("from mentee " + letters(n))));
            mentorWrites.start();
            menteeWrites.start();
            mentorWrites.join();
            menteeWrites.join();

            List<String> mentorSent = IntStream.range(0, each).mapToObj(n -> "from mentor " + letters(n)).toList();
            List<String> menteeSent = IntStream.range(0, each).mapToObj(n -> "from mentee " + letters(n)).toList();
            for (Frames socket : List.of(toMentor, toMentee)) {
                waitFor(() -> socket.bodies().size() >= 2 * each, Duration.ofSeconds(60));
            }
            for (Frames socket : List.of(toMentor, toMentee)) {
                assertThat(socket.bodies()).as("every message once").hasSize(2 * each).doesNotHaveDuplicates();
                assertThat(socket.bodies()).filteredOn(b -> b.startsWith("from mentor ")).as("the mentor's, in order")
                        .containsExactlyElementsOf(mentorSent);
                assertThat(socket.bodies()).filteredOn(b -> b.startsWith("from mentee ")).as("the mentee's, in order")
                        .containsExactlyElementsOf(menteeSent);
                assertThat(socket.types()).as("nobody read anything: no \"seen\"").doesNotContain("seen");
            }
            assertThat(chat.page(pairing.mentor().id(), id, null, 100)).as("all stored").hasSize(100);
        }
    }

    @Test
    void aSocketThatWasAwayCatchesUpFromTheDatabaseInOrderWithoutDuplicates() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        long seenBefore = chat.send(pairing.mentor().id(), id, "Before you left").line().id();
        List<Long> missed = new java.util.ArrayList<>();
        for (int n = 0; n < 130; n++) { // more than one catch-up page
            missed.add(chat.send(pairing.mentor().id(), id, "While you were away " + letters(n)).line().id());
        }
        chat.send(pairing.mentee().id(), id, "My own, from my phone");
        Frames frames = new Frames();
        try (ChatSocketClient back = ChatSocketClient.open(http, base.toExternalForm(), id, signedIn(pairing.mentee()), site, frames)) {
            back.send("{\"type\":\"since\",\"after\":" + seenBefore + "}");
            waitFor(() -> frames.ids().size() >= missed.size() + 1, WAIT);
            chat.send(pairing.mentor().id(), id, "Welcome back");
            waitFor(() -> frames.bodies().contains("Welcome back"), WAIT);
        }
        assertThat(frames.ids()).as("what was missed, then what came live: in order, once").isSorted().doesNotHaveDuplicates()
                .hasSize(missed.size() + 2).startsWith(missed.toArray(Long[]::new)).doesNotContain(seenBefore);
    }

    @Test
    void messagesSentLiveWhileASocketCatchesUpArriveOnceAndAfterWhatItMissed() throws Exception {
        Pairing pairing = newPairing();
        long id = pairing.mentorshipId();
        String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        long seenBefore = chat.send(pairing.mentor().id(), id, "Before you left").line().id();
        List<Long> missed = new java.util.ArrayList<>();
        for (int n = 0; n < 250; n++) { // three catch-up pages: time for live messages to land in the middle
            missed.add(chat.send(pairing.mentor().id(), id, "While you were away " + letters(n)).line().id());
        }
        Frames frames = new Frames();
        List<Long> live = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ChatSocketClient back = ChatSocketClient.open(http, base.toExternalForm(), id, signedIn(pairing.mentee()), site, frames)) {
            // Live messages committed before, during and after the catch-up's queries: each is in a
            // catch-up page, or delivered live, or both; the page must get it once, in order.
            Thread writer = new Thread(() -> IntStream.range(0, 40)
                    .forEach(n -> live.add(chat.send(pairing.mentor().id(), id, "Live " + letters(n)).line().id())));
            writer.start();
            back.send("{\"type\":\"since\",\"after\":" + seenBefore + "}");
            writer.join();
            waitFor(() -> frames.ids().size() >= missed.size() + live.size(), WAIT);
            Thread.sleep(300); // a duplicate would arrive now
        }
        assertThat(frames.ids()).as("what was missed, then what came live: in order, once").doesNotHaveDuplicates().isSorted()
                .hasSize(missed.size() + live.size()).startsWith(missed.toArray(Long[]::new)).endsWith(live.toArray(Long[]::new));
    }

    /** Every frame a socket was sent, as the page sees them. */
    private static final class Frames implements java.util.function.Consumer<String> {
        private final List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void accept(String frame) {
            frames.add(frame);
        }

        List<String> types() {
            return frames.stream().map(f -> ChatSocketClient.field(f, "type")).toList();
        }

        private List<String> messages() {
            return frames.stream().filter(f -> "message".equals(ChatSocketClient.field(f, "type"))).toList();
        }

        List<String> bodies() {
            return messages().stream().map(f -> ChatSocketClient.field(f, "body")).toList();
        }

        List<Long> ids() {
            return messages().stream().map(f -> Long.valueOf(ChatSocketClient.field(f, "id"))).toList();
        }
    }

    /** Polls until the condition holds or the time is up (the assertions after it say what is missing). */
    private static void waitFor(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** A number in letters: digits in a chat message read as a phone number to the safety screen. */
    private static String letters(int n) {
        return "" + (char) ('a' + n / 26 % 26) + (char) ('a' + n % 26);
    }

    /** 101 when the socket opened, else the HTTP status that answered the handshake. */
    @Test
    void aModeratorReadsAHeldChatOnlyThroughAnAuditedRevealAndDeliversIt() {
        Pairing pairing = newPairing();
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person moderator = newPerson();
        accounts.grantRole(admin.id(), moderator.id(), org.peersupport.portal.account.Role.MODERATOR);
        ChatSendResult held = chat.send(pairing.mentee().id(), pairing.mentorshipId(), "I want to kill myself tonight");
        ChatSendResult rude = chat.send(pairing.mentee().id(), pairing.mentorshipId(), "You never listen to me.");
        chat.report(pairing.mentor().id(), rude.line().id(), "This upset me.");

        assertThat(chat.concerns()).extracting(ChatService.ChatConcern::messageId).contains(held.line().id(), rude.line().id());
        assertThatThrownBy(() -> chat.reveal(pairing.outsider().id(), held.line().id(), "curious", 20))
                .isInstanceOf(org.peersupport.portal.shared.NotPermittedException.class);
        assertThatThrownBy(() -> chat.reveal(pairing.mentor().id(), held.line().id(), "curious", 20))
                .isInstanceOf(org.peersupport.portal.shared.NotPermittedException.class);

        List<ChatLine> revealed = chat.reveal(moderator.id(), held.line().id(), "Crisis alert follow-up", 20);
        assertThat(revealed).extracting(ChatLine::body).contains("I want to kill myself tonight");
        assertThat(audit.entriesFor(ChatService.SUBJECT_MENTORSHIP, pairing.mentorshipId(), 10))
                .anySatisfy(entry -> {
                    assertThat(entry.getAction()).isEqualTo("CHAT_REVEALED");
                    assertThat(entry.getDetail()).isEqualTo("Crisis alert follow-up");
                });

        chat.release(moderator.id(), held.line().id());
        assertThat(chat.line(pairing.mentor().id(), held.line().id()).body()).isEqualTo("I want to kill myself tonight");
        chat.remove(moderator.id(), rude.line().id(), "Unkind");
        assertThat(chat.page(pairing.mentor().id(), pairing.mentorshipId(), null, 10)).extracting(ChatLine::id)
                .doesNotContain(rude.line().id());
        assertThat(chat.concerns()).extracting(ChatService.ChatConcern::messageId)
                .doesNotContain(held.line().id(), rude.line().id());
    }

    /**
     * A moderator reads only around what the safety screen held or a member reported, and only while
     * it waits: any other message answers 404, as if it did not exist. An admin may read further,
     * with a reason, under an audit action of its own.
     */
    @Test
    void aModeratorRevealsOnlyHeldOrReportedMessagesAndAnAdminsWiderRevealIsAuditedApart() {
        Pairing pairing = newPairing();
        long chatId = pairing.mentorshipId();
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person moderator = newPerson();
        accounts.grantRole(admin.id(), moderator.id(), org.peersupport.portal.account.Role.MODERATOR);
        long ordinary = chat.send(pairing.mentor().id(), chatId, "How was your week?").line().id();
        long held = chat.send(pairing.mentee().id(), chatId, "I want to kill myself tonight").line().id();
        long reported = chat.send(pairing.mentee().id(), chatId, "You never listen to me.").line().id();
        chat.report(pairing.mentor().id(), reported, "This upset me.");
        long later = chat.send(pairing.mentor().id(), chatId, "I am sorry it felt that way.").line().id();

        assertThatThrownBy(() -> chat.revealScope(moderator.id(), ordinary)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.reveal(moderator.id(), ordinary, "Just checking", 20)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.reveal(moderator.id(), later, "Just checking", 20)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chat.remove(moderator.id(), ordinary, "Just checking")).isInstanceOf(NotFoundException.class);
        assertThat(chat.line(pairing.mentee().id(), ordinary).body()).as("not removed").isEqualTo("How was your week?");
        assertThat(audit.entriesFor(ChatService.SUBJECT_MENTORSHIP, chatId, 20)).as("a refused reveal reads nothing")
                .filteredOn(entry -> Long.valueOf(moderator.id()).equals(entry.getActorId())).isEmpty();

        assertThat(chat.revealScope(moderator.id(), held)).isEqualTo(ChatService.RevealScope.CONCERN);
        assertThat(chat.reveal(moderator.id(), held, "Crisis alert follow-up", 20)).extracting(ChatLine::id)
                .containsExactly(ordinary, held);
        assertThat(chat.reveal(moderator.id(), reported, "Report from the mentor", 500)).extracting(ChatLine::body)
                .as("the messages up to the reported one")
                .containsExactly("How was your week?", "I want to kill myself tonight", "You never listen to me.");
        assertThat(audit.entriesFor(ChatService.SUBJECT_MENTORSHIP, chatId, 20))
                .filteredOn(entry -> Long.valueOf(moderator.id()).equals(entry.getActorId()))
                .extracting(org.peersupport.portal.shared.audit.AuditEntry::getAction, org.peersupport.portal.shared.audit.AuditEntry::getDetail)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CHAT_REVEALED", "Crisis alert follow-up"),
                        org.assertj.core.groups.Tuple.tuple("CHAT_REVEALED", "Report from the mentor"));

        chat.dismissReports(moderator.id(), reported);
        assertThatThrownBy(() -> chat.reveal(moderator.id(), reported, "Once more", 20))
                .as("a dealt-with report no longer opens the chat").isInstanceOf(NotFoundException.class);

        assertThat(chat.revealScope(admin.id(), later)).isEqualTo(ChatService.RevealScope.BEYOND_CONCERN);
        assertThatThrownBy(() -> chat.reveal(admin.id(), later, " ", 20)).isInstanceOf(IllegalArgumentException.class);
        assertThat(chat.reveal(admin.id(), later, "Safeguarding request from the clinic", 20)).extracting(ChatLine::id)
                .containsExactly(ordinary, held, reported, later);
        assertThat(audit.entriesFor(ChatService.SUBJECT_MENTORSHIP, chatId, 20))
                .filteredOn(entry -> Long.valueOf(admin.id()).equals(entry.getActorId()))
                .extracting(org.peersupport.portal.shared.audit.AuditEntry::getAction, org.peersupport.portal.shared.audit.AuditEntry::getDetail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChatService.CHAT_REVEALED_BEYOND_CONCERN,
                        "Safeguarding request from the clinic"));
    }

    private int handshake(long mentorshipId, String cookie, String origin) {
        try (ChatSocketClient opened = ChatSocketClient.open(http, base.toExternalForm(), mentorshipId, cookie, origin)) {
            return 101;
        } catch (ChatSocketClient.Refused refused) {
            return refused.status();
        }
    }

    private String signedIn(Person person) {
        LoopbackHttp client = new LoopbackHttp(base.toExternalForm(), "127.0.0.1");
        LoopbackHttp.Response answer = client.signIn(person.account().getEmail(), person.registration().getPassword());
        assertThat(answer.status()).as("signed in and sent on").isEqualTo(302);
        return client.sessionCookie();
    }

    private Pairing newPairing() {
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person mentor = newPerson();
        mentoring.apply(mentor.id(), new MentorApplication(Set.of(ExperienceArea.ANXIETY), null, Set.of("en"), ZoneId.of("Europe/London"),
                WeeklyAvailability.parse("MON 18:00-20:00"), 2, null, null,
                "I have lived with anxiety for years and like to listen before I say anything.", true));
        mentoring.approve(admin.id(), mentor.id());
        Person mentee = newPerson();
        long id = mentoring.pair(admin.id(), mentor.id(), mentee.id()).getId();
        return new Pairing(mentor, mentee, newPerson(), id);
    }

    private Person newPerson() {
        Registration registration = TestPeople.newRegistration("Europe/London", "en");
        return new Person(accounts.register(registration), registration);
    }
}
