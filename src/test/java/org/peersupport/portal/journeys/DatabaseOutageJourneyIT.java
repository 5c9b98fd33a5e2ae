package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.account.SignInThrottle;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.EmbeddedMariaDb;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.PayaraMicroServer;

/**
 * The database goes away and comes back while people use the portal. This journey stops its own
 * MariaDB, so it runs on a portal and a database of its own (never the ones other journeys share):
 * signed-in pages answer 503 at once with a calm page, a reply typed meanwhile stays in its box,
 * sign-in says the service is unavailable and counts nothing; then the same MariaDB starts again on
 * the same port and data, and everything works within seconds, without restarting Payara Micro.
 */
class DatabaseOutageJourneyIT {

    /** "A few seconds at most" for an answer while the database is away, and for recovery after. */
    private static final Duration FAST = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final String CALM = "We can't reach our records right now";

    private static Path dataDir;
    private static Path runtimeDir;
    private static int dbPort;
    private static EmbeddedMariaDb database;
    private static PayaraMicroServer portal;

    @BeforeAll
    static void ownPortalAndDatabase() throws Exception {
        Path work = Path.of(System.getProperty("portal.testWorkDir")).resolve("outage");
        dataDir = work.resolve("mariadb-data");
        runtimeDir = work.resolve("mariadb-runtime");
        deleteRecursively(dataDir);
        dbPort = PayaraMicroServer.freePort();
        database = EmbeddedMariaDb.start(dataDir, runtimeDir, dbPort, "portal");
        int port = PayaraMicroServer.freePort();
        portal = PayaraMicroServer.start(Path.of(System.getProperty("portal.payaraMicroJar")),
                Path.of(System.getProperty("portal.war")), port, "640m", work.resolve("payara-root"), Map.of(
                        "portal.db.url", database.jdbcUrl("portal"),
                        "portal.db.user", "root",
                        "portal.db.password", "",
                        "portal.demo-data", "true",
                        "portal.notification.timers", "false",
                        "portal.mail.folder", work.resolve("mail").toString(),
                        "portal.base-url", "http://127.0.0.1:" + port),
                work.resolve("payara-outage.log"));
        portal.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopThem() {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayPagesAnswerAtOnceTextIsKeptAndEverythingWorksAgainWhenItReturns() throws Exception {
        String base = portal.baseUrl();
        LoopbackHttp mentor = new LoopbackHttp(base, "127.0.0.41");
        assertThat(mentor.signIn("mentor@demo.test", "demo-pass-lantern").status()).isEqualTo(302);
        assertThat(mentor.get("/member/dashboard.xhtml").status()).isEqualTo(200);

        try (Browser browser = Browser.open(base, "en"); Browser second = Browser.open(base, "es")) {
            Screens.signInAs(second, "miembro@demo.test", "demo-pass-sereno");
            Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
            ForumScreen forum = new ForumScreen(browser);
            forum.open("introductions");
            forum.openFirstTopic();
            TopicScreen topic = new TopicScreen(browser);
            String reply = "Written while the records were away " + Screens.unique();
            topic.writeReply(reply);

            database.close();
            Instant stopped = Instant.now();

            // A signed-in page: 503 at once, the calm page whole (header, text, footer), no reference number
            LoopbackHttp.Response page = timed("a signed-in page", () -> mentor.get("/member/dashboard.xhtml"));
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.body()).contains(CALM).contains("your text is kept").contains("</footer>")
                    .doesNotContain("errorReference");

            // The reply: not sent, still in its box, and a message says why
            Instant sent = Instant.now();
            topic.sendReply();
            assertThat(Duration.between(sent, Instant.now())).as("the reply's answer").isLessThan(FAST);
            assertThat(topic.replyBoxText()).as("the reply is still in its box").isEqualTo(reply);
            assertThat(Screens.globalMessages(browser)).contains(CALM).contains("Your text is kept");
            browser.screenshot("outage-reply-kept");

            // The calm page as a person sees it: whole, in the member's language, with no reference
            second.visit("/member/notifications.xhtml");
            assertThat(Screens.heading(second)).isEqualTo("Ahora mismo no podemos acceder a nuestros registros");
            second.screenshot("outage-503-page");

            // Sign-in: the service is unavailable (503), and more attempts than the lock-out allows count for nothing
            LoopbackHttp visitor = new LoopbackHttp(base, "127.0.0.42");
            for (int attempt = 1; attempt <= SignInThrottle.FAILURES_ALLOWED + 1; attempt++) {
                LoopbackHttp.Response refused = timed("a sign-in", () -> visitor.signIn("facilitator@demo.test",
                        "demo-pass-circle"));
                assertThat(refused.status()).as("sign-in %d", attempt).isEqualTo(503);
                assertThat(refused.body()).contains(CALM).doesNotContain("do not match an account");
            }
            System.out.printf("Outage answers checked in %d ms%n", Duration.between(stopped, Instant.now()).toMillis());

            database = EmbeddedMariaDb.start(dataDir, runtimeDir, dbPort, "portal");
            Instant back = Instant.now();
            while (mentor.get("/member/dashboard.xhtml").status() != 200) {
                assertThat(Duration.between(back, Instant.now())).as("recovery after the database is back")
                        .isLessThan(RECOVERY);
                Thread.sleep(100);
            }
            System.out.printf("Signed-in pages answered again %d ms after the database was back%n",
                    Duration.between(back, Instant.now()).toMillis());
            assertThat(new LoopbackHttp(base, "127.0.0.43").get("/health/ready").status()).isEqualTo(200);

            // The kept reply goes in with one more press
            topic.sendReply();
            assertThat(Screens.globalMessages(browser)).doesNotContain(CALM);
            topic.waitForPostContaining(reply);

            // The sign-ins during the outage were not counted: the right password works from that address
            LoopbackHttp.Response signedIn = visitor.signIn("facilitator@demo.test", "demo-pass-circle");
            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(visitor.get("/member/dashboard.xhtml").status()).isEqualTo(200);
        }
    }

    private static LoopbackHttp.Response timed(String what, Supplier<LoopbackHttp.Response> request) {
        Instant start = Instant.now();
        LoopbackHttp.Response response = request.get();
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("While the database is away, %s answered %d in %d ms%n", what, response.status(),
                took.toMillis());
        assertThat(took).as(what + " answers at once").isLessThan(FAST);
        return response;
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
