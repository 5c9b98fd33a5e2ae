package org.peersupport.portal.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.ChatSocketClient;
import org.peersupport.portal.testsupport.DemoMentorship;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.PayaraMicroServer;
import org.peersupport.portal.testsupport.TwoInstances;

/**
 * Two instances of the portal in one Hazelcast cluster on loopback, sharing one database: the
 * mentor is connected to instance A, the mentee to instance B, and each one's messages and
 * "seen" reach the other through the chat relay. Uses a database of its own in the test MariaDB,
 * with demo data loaded by A (B loads none).
 */
class ChatClusterIT {

    // Generous: on two busy cores the relay between the instances has been seen to take more than 15 s.
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.onOwnDatabase("chat-cluster");
    }

    @AfterAll
    static void stopThem() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aMessageSentOnOneInstanceArrivesOnTheOther() throws Exception {
        long mentorship = DemoMentorship.id(instances.dbUrl(), user(), password());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ChatSocketClient mentorOnA = open(http, instances.a(), mentorship, "mentor@demo.test", "demo-pass-lantern");
                ChatSocketClient menteeOnB = open(http, instances.b(), mentorship, "member@demo.test", "demo-pass-harbor")) {
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
