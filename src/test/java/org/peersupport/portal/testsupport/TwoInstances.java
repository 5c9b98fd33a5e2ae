package org.peersupport.portal.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
    /** The test database of {@link #onOwnDatabase}, dropped on close; null for instances started on a given database. */
    private String database;
    private String dbUrl;

    private TwoInstances(PayaraMicroServer a, PayaraMicroServer b) {
        this.a = a;
        this.b = b;
    }

    /**
     * For a cluster test: a database of its own in the test MariaDB (named after {@code name}, dropped
     * on {@link #close}), and the two instances on it, their work folder {@code name} under the tests' one.
     */
    public static TwoInstances onOwnDatabase(String name) throws Exception {
        String serverUrl = System.getProperty("portal.test.db.url");
        String user = System.getProperty("portal.test.db.user");
        String password = System.getProperty("portal.test.db.password");
        String database = name.replace('-', '_') + "_" + ProcessHandle.current().pid();
        try (Connection db = DriverManager.getConnection(serverUrl, user, password)) {
            db.createStatement().execute("CREATE DATABASE " + database);
        }
        String dbUrl = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        TwoInstances instances;
        try {
            instances = start(Path.of(System.getProperty("portal.testWorkDir"), name), "portal-" + name + "-" + ProcessHandle.current().pid(),
                    PayaraMicroServer.freePort(), PayaraMicroServer.freePort(), "512m", Map.of("portal.db.url", dbUrl, "portal.db.user", user,
                            "portal.db.password", password, "portal.notification.timers", "false"));
        } catch (Exception | Error failed) {
            drop(database);
            throw failed;
        }
        instances.database = database;
        instances.dbUrl = dbUrl;
        return instances;
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

    /** The JDBC URL of {@link #onOwnDatabase}'s database (the test MariaDB's user and password). */
    public String dbUrl() {
        return dbUrl;
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
        if (database != null) {
            drop(database);
        }
    }

    private static void drop(String database) {
        try (Connection db = DriverManager.getConnection(System.getProperty("portal.test.db.url"), System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"))) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + database, e);
        }
    }
}
