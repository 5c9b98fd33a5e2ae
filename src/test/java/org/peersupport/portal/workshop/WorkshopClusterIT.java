package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.peersupport.portal.testsupport.PayaraMicroServer;
import org.peersupport.portal.testsupport.RaceCheck;
import org.peersupport.portal.testsupport.RaceMembers;
import org.peersupport.portal.testsupport.SignUpRace;

/**
 * Two instances of the portal sharing one database (a database of its own in the test MariaDB,
 * demo data loaded by A), and 200 members, half signed in on each, signing up for a 25-seat
 * workshop at the same moment through the workshop page. Only the database's row lock stands
 * between them, so this is where a lock held in one JVM's memory, or a cached workshop row, would
 * show as a 26th seat or a repeated waitlist number. Not timed: bench/workshop-race.sh measures.
 */
class WorkshopClusterIT {

    private static final int MEMBERS = 200;
    private static final int SEATS = 25;
    /** Races, each for a new workshop with the same signed-in members. */
    private static final int RACES = 3;

    private static String dbUrl;
    private static String database;
    private static PayaraMicroServer instanceA;
    private static PayaraMicroServer instanceB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String serverUrl = System.getProperty("portal.test.db.url");
        database = "workshop_cluster_" + ProcessHandle.current().pid();
        try (Connection db = DriverManager.getConnection(serverUrl, user(), password())) {
            db.createStatement().execute("CREATE DATABASE " + database);
        }
        dbUrl = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Path work = Path.of(System.getProperty("portal.testWorkDir"), "workshop-cluster");
        Files.createDirectories(work);
        int hzA = PayaraMicroServer.freePort();
        int hzB = PayaraMicroServer.freePort();
        String members = "tcpip:127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
        String cluster = "portal-workshop-it-" + ProcessHandle.current().pid();
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
    void twoHundredMembersOnTwoInstancesGetExactlyTheSeatsAndAGapFreeWaitlist() throws Exception {
        RaceMembers members = RaceMembers.create(dbUrl, user(), password(), "cluster-race", MEMBERS);
        SignUpRace race = SignUpRace.signIn(List.of(instanceA.baseUrl(), instanceB.baseUrl()), members.emails(), RaceMembers.PASSWORD, 4);

        for (int round = 1; round <= RACES; round++) {
            long workshop = RaceMembers.createWorkshop(dbUrl, user(), password(), "Two instances, race " + round, SEATS);
            SignUpRace.Result result = race.race(workshop);
            RaceCheck check = RaceCheck.of(dbUrl, user(), password(), workshop, SEATS, members.ids());

            assertThat(result.errors()).as("race %d: answers that were errors (statuses %s)", round,
                    SignUpRace.describe(result.statuses())).isEmpty();
            assertThat(result.outcomes()).as("race %d: one answer per member", round).hasSize(MEMBERS);
            assertThat(check.problems()).as("race %d: what the database holds", round).isEmpty();
            assertThat(check.confirmed()).isEqualTo(SEATS);
            assertThat(check.waitlisted()).isEqualTo(MEMBERS - SEATS);
            assertThat(check.positionsOk()).isTrue();
        }
    }

    private static String user() {
        return System.getProperty("portal.test.db.user");
    }

    private static String password() {
        return System.getProperty("portal.test.db.password");
    }
}
