package org.peersupport.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The servers integration tests need, started once per test JVM and stopped when it ends:
 * MariaDB (embedded, unless PORTAL_TEST_DB_URL names one) as soon as the session opens, so that
 * Arquillian's configuration can read its URL, and the portal on Payara Micro for browser tests
 * on first use. Inactive in unit test runs (no portal.testWorkDir).
 */
public class TestServers implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static GreenMail mailServer;
    private static PayaraMicroServer portal;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String workDir = System.getProperty("portal.testWorkDir");
        if (workDir == null) {
            return;
        }
        // The service tests' server (arquillian.xml) and the browser tests' one sign badges with this key.
        System.setProperty("portal.test.badgeKeyFile", BadgeKeyFiles.ensure(Path.of(workDir, "badge-signing-key.pem")).toString());
        if (System.getProperty("portal.test.db.url") != null) {
            return;
        }
        String external = System.getenv("PORTAL_TEST_DB_URL");
        try {
            System.setProperty("portal.test.hzPort", Integer.toString(PayaraMicroServer.freePort()));
            System.setProperty("portal.test.clusterName", "portal-it-" + ProcessHandle.current().pid());
            startMailServer();
            if (external != null && !external.isBlank()) {
                System.setProperty("portal.test.db.url", external);
                System.setProperty("portal.test.db.user", envOr("PORTAL_TEST_DB_USER", "root"));
                System.setProperty("portal.test.db.password", envOr("PORTAL_TEST_DB_PASSWORD", ""));
            } else {
                Path dir = Path.of(workDir);
                Path data = dir.resolve("mariadb-data");
                deleteRecursively(data); // every run starts from an empty schema
                database = EmbeddedMariaDb.start(data, dir.resolve("mariadb-runtime"), 0, "portal");
                System.setProperty("portal.test.db.url", database.jdbcUrl("portal"));
                System.setProperty("portal.test.db.user", "root");
                System.setProperty("portal.test.db.password", "");
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    /** The portal WAR on Payara Micro, started on first use and shared by all browser tests. */
    public static synchronized PayaraMicroServer portal() {
        if (portal == null) {
            try {
                Path dir = Path.of(System.getProperty("portal.testWorkDir"));
                int port = PayaraMicroServer.freePort();
                portal = PayaraMicroServer.start(Path.of(System.getProperty("portal.payaraMicroJar")),
                        Path.of(System.getProperty("portal.war")), port, "768m",
                        dir.resolve("payara-root"), Map.of(
                                "portal.db.url", System.getProperty("portal.test.db.url"),
                                "portal.db.user", System.getProperty("portal.test.db.user"),
                                "portal.db.password", System.getProperty("portal.test.db.password"),
                                "portal.demo-data", "true",
                                // ErasureJourneyIT makes an erasure due and waits for the timer.
                                "portal.erasure.check-every", "PT3S",
                                "portal.smtp.host", "127.0.0.1",
                                "portal.smtp.port", System.getProperty("portal.test.smtpPort"),
                                "portal.base-url", "http://127.0.0.1:" + port,
                                "portal.badges.signing-key-file", System.getProperty("portal.test.badgeKeyFile"),
                                // Every journey registers people from 127.0.0.1: no limit per network address here.
                                "portal.registration.per-network-address-per-hour", "100000"),
                        dir.resolve("payara-browser-tests.log"));
                // A busy shared machine may need longer: -Dportal.test.startMinutes=10
                Duration ready = portal.awaitReady(Duration.ofMinutes(Long.getLong("portal.test.startMinutes", 8)));
                System.out.printf("Portal for browser tests ready at %s in %.1f s%n", portal.baseUrl(),
                        ready.toMillis() / 1000.0);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the portal for browser tests (log in "
                        + System.getProperty("portal.testWorkDir") + "/payara-browser-tests.log)", e);
            }
        }
        return portal;
    }

    private static synchronized void stopAll() {
        if (portal != null) {
            portal.close();
            portal = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
        if (mailServer != null) {
            mailServer.stop();
            mailServer = null;
        }
    }

    /** A real SMTP server (and IMAP, to read what arrived) for the portal's e-mail. */
    private static void startMailServer() throws java.io.IOException {
        int smtp = PayaraMicroServer.freePort();
        int imap = PayaraMicroServer.freePort();
        mailServer = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mailServer.start();
        System.setProperty("portal.test.smtpPort", Integer.toString(smtp));
        System.setProperty("portal.test.imapPort", Integer.toString(imap));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
