package org.peersupport.portal.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Payara Micro instances of the portal (the WAR and Payara Micro jar named by the system
 * properties {@code portal.war} and {@code portal.payaraMicroJar}) in one Hazelcast cluster on
 * loopback, sharing one database. A loads the demo data and binds Hazelcast first, then B starts
 * (B loads none); ready when both answer and the data grid has two members. Used by the cluster
 * tests and bench/chat.sh's cluster mode.
 */
public final class TwoInstances implements AutoCloseable {

    private final PayaraMicroServer a;
    private final PayaraMicroServer b;

    private TwoInstances(PayaraMicroServer a, PayaraMicroServer b) {
        this.a = a;
        this.b = b;
    }

    /**
     * @param work       where each instance's root ({@code payara-a}, {@code payara-b}) and log ({@code a.log}, {@code b.log}) go
     * @param properties system properties for both: the database's URL, user and password at least
     */
    public static TwoInstances start(Path work, String clusterName, int portA, int portB, String heap, Map<String, String> properties)
            throws Exception {
        Files.createDirectories(work);
        int hzA = PayaraMicroServer.freePort();
        int hzB = PayaraMicroServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        PayaraMicroServer a = start(work, "a", portA, heap, hzA, members, clusterName, properties, true);
        PayaraMicroServer b = null;
        try {
            awaitLog(work.resolve("a.log"), "Hazelcast Instance Bound", Duration.ofMinutes(3));
            b = start(work, "b", portB, heap, hzB, members, clusterName, properties, false);
            a.awaitReady(Duration.ofMinutes(5));
            b.awaitReady(Duration.ofMinutes(5));
            awaitLog(work.resolve("b.log"), "DG Size: 2", Duration.ofMinutes(2)); // Payara's "Data Grid Status"
            return new TwoInstances(a, b);
        } catch (Exception | Error failed) {
            a.close();
            if (b != null) {
                b.close();
            }
            throw failed;
        }
    }

    private static PayaraMicroServer start(Path work, String name, int port, String heap, int hazelcastPort, String members,
            String clusterName, Map<String, String> properties, boolean demoData) throws Exception {
        Map<String, String> all = new HashMap<>(properties);
        all.put("portal.demo-data", Boolean.toString(demoData));
        return PayaraMicroServer.start(Path.of(System.getProperty("portal.payaraMicroJar")), Path.of(System.getProperty("portal.war")),
                port, heap, work.resolve("payara-" + name), all, work.resolve(name + ".log"),
                List.of("--clustermode", members, "--startport", Integer.toString(hazelcastPort), "--clustername", clusterName,
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

    public PayaraMicroServer a() {
        return a;
    }

    public PayaraMicroServer b() {
        return b;
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
