package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.RaceCheck;
import org.peersupport.portal.testsupport.RaceMembers;
import org.peersupport.portal.testsupport.SignUpRace;
import org.peersupport.portal.testsupport.TwoInstances;

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

    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.onOwnDatabase("workshop-cluster");
    }

    @AfterAll
    static void stopThem() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void twoHundredMembersOnTwoInstancesGetExactlyTheSeatsAndAGapFreeWaitlist() throws Exception {
        RaceMembers members = RaceMembers.create(instances.dbUrl(), user(), password(), "cluster-race", MEMBERS);
        SignUpRace race = SignUpRace.signIn(List.of(instances.a().baseUrl(), instances.b().baseUrl()), members.emails(), RaceMembers.PASSWORD, 4);

        for (int round = 1; round <= RACES; round++) {
            long workshop = RaceMembers.createWorkshop(instances.dbUrl(), user(), password(), "Two instances, race " + round, SEATS);
            SignUpRace.Result result = race.race(workshop);
            RaceCheck check = RaceCheck.of(instances.dbUrl(), user(), password(), workshop, SEATS, members.ids());

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
