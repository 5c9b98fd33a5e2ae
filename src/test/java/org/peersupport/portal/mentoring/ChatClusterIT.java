package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.ChatSocketClient;
import org.peersupport.portal.testsupport.DemoMentorship;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.PayaraMicroServer;

/**
 * Two instances of the portal in one Hazelcast cluster on loopback, sharing one database: the
 * mentor is connected to instance A, the mentee to instance B, and each one's messages and
 * "seen" reach the other through the chat relay. Uses a database of its own in the test MariaDB,
 * with demo data loaded by A (B loads none).
 */
class ChatClusterIT {

    // Generous: on two busy cores the relay between the instances has been seen to take more than 15 s.
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static String dbUrl;
    private static String database;
    private static PayaraMicroServer instanceA;
    private static PayaraMicroServer instanceB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String serverUrl = System.getProperty("portal.test.db.url");
        database = "chat_cluster_" + ProcessHandle.current().pid();
        try (Connection db = DriverManager.getConnection(serverUrl, user(), password())) {
            db.createStatement().execute("CREATE DATABASE " + database);
        }
        dbUrl = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Path work = Path.of(System.getProperty("portal.testWorkDir"), "chat-cluster");
        Files.createDirectories(work);
        int hzA = PayaraMicroServer.freePort();
        int hzB = PayaraMicroServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        String cluster = "portal-chat-it-" + ProcessHandle.current().pid();
        instanceA = start(work, "a", hzA, members, cluster, true);
        awaitLog(work.resolve("a.log"), "Hazelcast Instance Bound", Duration.ofMinutes(2));
        instanceB = start(work, "b", hzB, members, cluster, false);
        instanceA.awaitReady(Duration.ofMinutes(4));
        instanceB.awaitReady(Duration.ofMinutes(4));
        awaitLog(work.resolve("b.log"), "DG Size: 2", Duration.ofMinutes(1)); // Payara's "Data Grid Status"
    }

    private static PayaraMicroServer start(Path work, String name, int hazelcastPort, String members, String cluster,
            boolean demoData) throws Exception {
        return PayaraMicroServer.start(Path.of(System.getProperty("portal.payaraMicroJar")), Path.of(System.getProperty("portal.war")),
                PayaraMicroServer.freePort(), "512m", work.resolve("root-" + name),
                Map.of("portal.db.url", dbUrl, "portal.db.user", user(), "portal.db.password", password(),
                        "portal.demo-data", Boolean.toString(demoData), "portal.notification.timers", "false"),
                work.resolve(name + ".log"),
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

    @AfterAll
    static void stopThem() throws Exception {
        for (PayaraMicroServer instance : new PayaraMicroServer[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.close();
            }
        }
        try (Connection db = DriverManager.getConnection(System.getProperty("portal.test.db.url"), user(), password())) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void aMessageSentOnOneInstanceArrivesOnTheOther() throws Exception {
        long mentorship = DemoMentorship.id(dbUrl, user(), password());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ChatSocketClient mentorOnA = open(http, instanceA, mentorship, "mentor@demo.test", "demo-pass-lantern");
                ChatSocketClient menteeOnB = open(http, instanceB, mentorship, "member@demo.test", "demo-pass-harbor")) {
            mentorOnA.sendText("Sent on A, read on B");
            String arrived = menteeOnB.await(m -> "message".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(arrived, "body")).isEqualTo("Sent on A, read on B");
            assertThat(ChatSocketClient.field(arrived, "mine")).isEqualTo("false");

            menteeOnB.send("{\"type\":\"read\",\"upTo\":" + ChatSocketClient.field(arrived, "id") + "}");
            String seen = mentorOnA.await(m -> "seen".equals(ChatSocketClient.field(m, "type")), WAIT);
            assertThat(ChatSocketClient.field(seen, "upTo")).isEqualTo(ChatSocketClient.field(arrived, "id"));

            menteeOnB.sendText("And back from B");
            String back = mentorOnA.await(m -> "message".equals(ChatSocketClient.field(m, "type"))
                    && "false".equals(ChatSocketClient.field(m, "mine")), WAIT);
            assertThat(ChatSocketClient.field(back, "body")).isEqualTo("And back from B");
        }
    }

    private static ChatSocketClient open(HttpClient http, PayaraMicroServer instance, long mentorship, String email, String password)
            throws Exception {
        LoopbackHttp browser = new LoopbackHttp(instance.baseUrl(), "127.0.0.1");
        assertThat(browser.signIn(email, password).status()).as("signed in on " + instance.baseUrl()).isEqualTo(302);
        String origin = instance.baseUrl().substring(0, instance.baseUrl().length() - 1);
        return ChatSocketClient.open(http, instance.baseUrl(), mentorship, browser.sessionCookie(), origin);
    }

    private static String user() {
        return System.getProperty("portal.test.db.user");
    }

    private static String password() {
        return System.getProperty("portal.test.db.password");
    }
}
