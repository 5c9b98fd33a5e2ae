package org.peersupport.portal.curriculum.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TwoInstances;

/**
 * Cohorts and their sessions are kept in each instance's shared cache (Cohort is @Cacheable), so
 * a change made on one instance must reach the copy the other instance holds. Two instances share
 * one database: B shows the cohort to a member (and keeps it), the facilitator moves a session on
 * A, and B must show the new time. Without the persistence unit's cache coordination B would keep
 * showing the old time until restarted.
 */
class CohortCacheClusterIT {

    /** A minute no demo session starts at, so it is seen only after the move. */
    private static final String MOVED_TIME = "18:07";
    /** The moved start as the page shows it: the demo member reads English, in a 12- or 24-hour clock. */
    private static final String[] MOVED_TIME_SHOWN = {"6:07 PM", "6:07\u202fPM", "18:07"};

    private static TwoInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = TwoInstances.onOwnDatabase("cohort-cache-cluster");
    }

    @AfterAll
    static void stopThem() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aSessionMovedOnOneInstanceShowsMovedOnTheOther() throws Exception {
        long cohort = demoCohort();
        String page = "/programmes/cohort.xhtml?id=" + cohort;
        LoopbackHttp memberOnB = new LoopbackHttp(instances.b().baseUrl(), "127.0.0.1");
        assertThat(memberOnB.signIn("member@demo.test", "demo-pass-harbor").status()).isEqualTo(302);
        LoopbackHttp.Response before = memberOnB.get(page);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("id=\"sessions\"").doesNotContain(MOVED_TIME_SHOWN);

        LoopbackHttp facilitatorOnA = new LoopbackHttp(instances.a().baseUrl(), "127.0.0.1");
        assertThat(facilitatorOnA.signIn("facilitator@demo.test", "demo-pass-circle").status()).isEqualTo(302);
        LoopbackHttp.Response staffPage = facilitatorOnA.get(page);
        assertThat(staffPage.status()).isEqualTo(200);
        String lastUpcoming = lastOptionOf(staffPage.body(), "move:moveSession_input");
        Map<String, String> move = new LinkedHashMap<>();
        move.put("move", "move");
        move.put("move:moveSession_input", lastUpcoming);
        move.put("move:moveTo_input", LocalDate.now().plusYears(1).withDayOfMonth(9) + " " + MOVED_TIME);
        move.put("move:moveButton", "");
        move.put("jakarta.faces.ViewState", staffPage.hiddenValue("jakarta.faces.ViewState"));
        move.put("primefaces.nonce", staffPage.primeFacesNonce());
        LoopbackHttp.Response moved = facilitatorOnA.postForm(page, move);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body()).as("the move on A").containsAnyOf(MOVED_TIME_SHOWN);

        // The change travels to B after A's commit, over Hazelcast: allow it a few seconds.
        String seenOnB = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && Arrays.stream(MOVED_TIME_SHOWN).noneMatch(seenOnB::contains)) {
            seenOnB = memberOnB.get(page).body();
            Thread.sleep(250);
        }
        assertThat(seenOnB).as("the cohort page on B after the move on A").containsAnyOf(MOVED_TIME_SHOWN);
    }

    private static String lastOptionOf(String html, String select) {
        int start = html.indexOf("name=\"" + select + "\"");
        assertThat(start).as("the select " + select).isPositive();
        String rest = html.substring(start, html.indexOf("</select>", start));
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"").matcher(rest);
        String last = null;
        while (option.find()) {
            last = option.group(1);
        }
        assertThat(last).as("a session to move").isNotNull();
        return last;
    }

    private static long demoCohort() throws Exception {
        try (Connection db = DriverManager.getConnection(instances.dbUrl(), user(), password());
                var rows = db.createStatement().executeQuery("SELECT id FROM cohort WHERE name = 'Tuesday evenings, London'")) {
            assertThat(rows.next()).as("the demo cohort").isTrue();
            return rows.getLong(1);
        }
    }

    private static String user() {
        return System.getProperty("portal.test.db.user");
    }

    private static String password() {
        return System.getProperty("portal.test.db.password");
    }
}
