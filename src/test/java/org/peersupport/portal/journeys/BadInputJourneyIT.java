package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.DemoMentorship;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TestDatabase;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Bad input never gets a 500: odd values in every page parameter, a form post with a forged or
 * missing CSP nonce, and many parallel requests of one member. Non-browser requests come from
 * their own loopback addresses, so that they never touch the sign-in limit of the browser tests.
 */
@ExtendWith(BrowserExtension.class)
class BadInputJourneyIT {

    /** Values that name nothing: not numbers, not positive, too large, badly encoded, empty, very long. */
    private static final List<String> ODD = List.of("abc", "-1", "0", "1.5", "1e3", "+1", "%20", "0x10",
            "2147483647", "9223372036854775807", "9223372036854775808", "99999999999999999999",
            "%C0%AF", "%FF", "%ED%A0%80", "%00", "%E2%80%AE1", "", "9".repeat(2000));

    private static final String NOT_FOUND_PAGE = "We couldn't find that page";

    /** How a parameter answers an odd value: always 404; 404 except empty (= not given); anything but a 500. */
    private enum Kind { NAMES_ONE, OPTIONAL, FREE_TEXT }

    private record Parameter(String who, String page, String name, Kind kind) {}

    @Test
    void everyOddValueInEveryPageParameterAnswers404OrAPageNeverA500() throws SQLException {
        TestServers.portal(); // started (and its schema made) before the database is read
        long topic = number("SELECT MIN(t.id) FROM topic t JOIN forum f ON f.id = t.forum_id"
                + " WHERE f.slug = 'introductions' AND t.status = 'VISIBLE'");
        long chat = DemoMentorship.id();
        long cohort = number("SELECT MIN(id) FROM cohort");
        Map<String, LoopbackHttp> as = new LinkedHashMap<>();
        as.put("member", signedIn("127.0.0.41", "member@demo.test", "demo-pass-harbor"));
        as.put("facilitator", signedIn("127.0.0.42", "facilitator@demo.test", "demo-pass-circle"));
        as.put("moderator", signedIn("127.0.0.43", "moderator@demo.test", "demo-pass-keeper"));
        as.put("admin", signedIn("127.0.0.44", "admin@demo.test", "demo-pass-portal"));

        List<Parameter> parameters = List.of(
                new Parameter("member", "/forum/topic.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("member", "/forum/topic.xhtml?id=" + topic + "&", "page", Kind.OPTIONAL),
                new Parameter("member", "/forum/topic.xhtml?id=" + topic + "&", "quote", Kind.OPTIONAL),
                new Parameter("member", "/forum/topic.xhtml?id=" + topic + "&", "flag", Kind.OPTIONAL),
                new Parameter("member", "/forum/topic.xhtml?id=" + topic + "&", "delete", Kind.OPTIONAL),
                new Parameter("member", "/forum/history.xhtml?", "post", Kind.NAMES_ONE),
                new Parameter("member", "/forum/edit.xhtml?", "post", Kind.NAMES_ONE),
                new Parameter("member", "/forum/forum.xhtml?", "slug", Kind.FREE_TEXT),
                new Parameter("member", "/forum/new-topic.xhtml?", "slug", Kind.FREE_TEXT),
                new Parameter("member", "/forum/forum.xhtml?slug=introductions&", "page", Kind.OPTIONAL),
                new Parameter("member", "/forum/search.xhtml?", "q", Kind.FREE_TEXT),
                new Parameter("member", "/programmes/cohort.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("member", "/programmes/cohort.xhtml?id=" + cohort + "&", "homework", Kind.OPTIONAL),
                new Parameter("member", "/programmes/cohort-sessions.ics?", "id", Kind.NAMES_ONE),
                new Parameter("member", "/mentoring/chat.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("member", "/mentoring/chat.xhtml?id=" + chat + "&", "report", Kind.OPTIONAL),
                new Parameter("member", "/crisis.xhtml?", "country", Kind.FREE_TEXT),
                new Parameter("facilitator", "/facilitation/cohort-figures.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("facilitator", "/facilitation/attendance.xhtml?", "session", Kind.NAMES_ONE),
                new Parameter("facilitator", "/facilitation/attendance.xhtml?", "cohort", Kind.NAMES_ONE),
                new Parameter("facilitator", "/facilitation/version.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("facilitator", "/facilitation/curriculum.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("moderator", "/moderation/alert.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("moderator", "/moderation/member.xhtml?", "id", Kind.NAMES_ONE),
                new Parameter("moderator", "/moderation/chat.xhtml?", "message", Kind.OPTIONAL),
                new Parameter("admin", "/admin/safety-report.xhtml?", "days", Kind.FREE_TEXT));

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Parameter p : parameters) {
            for (String value : ODD) {
                if (p.name().equals("message") && value.matches("[0-9]+")) {
                    continue; // a well-formed id on the chat review: which ones it may open is that page's own rule
                }
                String path = p.page() + p.name() + "=" + value;
                LoopbackHttp.Response answer = as.get(p.who()).get(path);
                sent++;
                String problem = problem(p.kind(), value, answer);
                if (problem != null) {
                    wrong.add(p.who() + " " + abbreviated(path) + ": " + problem);
                }
            }
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(wrong).as("answers to odd page parameters").isEmpty();
    }

    private static String problem(Kind kind, String value, LoopbackHttp.Response answer) {
        int status = answer.status();
        if (status >= 500) {
            return "HTTP " + status;
        }
        boolean absent = value.isEmpty();
        if (kind == Kind.NAMES_ONE || (kind == Kind.OPTIONAL && !absent)) {
            if (status != 404) {
                return "HTTP " + status + " where 404 is due";
            }
            if (!answer.body().contains(NOT_FOUND_PAGE)) {
                return "404 without the not-found page";
            }
            return null;
        }
        if (status == 200 && Pattern.compile(">[^<]*\\bnull\\b[^<]*<").matcher(answer.body()).find()) {
            return "\"null\" shown on the page";
        }
        return status == 200 || status == 404 ? null : "HTTP " + status;
    }

    @Test
    void aReplyWithAForgedOrMissingNonceIsRefusedAsAnExpiredViewAndNotSaved(Browser member) throws SQLException {
        long topic = number("SELECT MIN(t.id) FROM topic t JOIN forum f ON f.id = t.forum_id"
                + " WHERE f.slug = 'introductions' AND t.status = 'VISIBLE'");
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        member.visit("/forum/topic.xhtml?id=" + topic);
        String forged = "A reply sent with a forged nonce " + Screens.unique();
        member.evaluate("document.querySelectorAll(\"input[name='primefaces.nonce']\").forEach(i => i.value = 'forged');");
        TopicScreen topicScreen = new TopicScreen(member);
        topicScreen.reply(forged);
        member.waitUntil(() -> Screens.pageSays(member, "The page had been open for a while"));
        member.screenshot("bad-input-forged-nonce-en");
        assertThat(postsContaining(forged)).as("nothing saved").isZero();

        String kept = "A reply sent with the page's own nonce " + Screens.unique();
        topicScreen.reply(kept);
        member.waitUntil(() -> topicScreen.posts().contains(kept) || Screens.globalMessages(member).contains("review"));
        assertThat(postsContaining(kept)).as("the page's own nonce still works").isEqualTo(1);

        // Without any nonce at all, straight from a script rather than a browser.
        LoopbackHttp client = signedIn("127.0.0.46", "member@demo.test", "demo-pass-harbor");
        LoopbackHttp.Response page = client.get("/forum/topic.xhtml?id=" + topic);
        String missing = "A reply sent without a nonce " + Screens.unique();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "reply:send");
        form.put("jakarta.faces.partial.execute", "reply");
        form.put("jakarta.faces.partial.render", "reply posts globalMessages");
        form.put("reply", "reply");
        form.put("reply:send", "reply:send");
        form.put("reply:body", missing);
        form.put("jakarta.faces.ViewState", page.hiddenValue("jakarta.faces.ViewState"));
        LoopbackHttp.Response refused = client.postForm("/forum/topic.xhtml?id=" + topic, form);
        assertThat(refused.status()).isLessThan(500);
        assertThat(refused.body()).contains("<redirect");
        assertThat(postsContaining(missing)).as("nothing saved").isZero();
    }

    @Test
    void theCohortPageAnswersWholeWhileTheSameMemberLoadsOtherPagesInParallel() throws Exception {
        TestServers.portal();
        long cohort = number("SELECT MIN(id) FROM cohort");
        LoopbackHttp member = signedIn("127.0.0.47", "member@demo.test", "demo-pass-harbor");
        int sessions = member.get("/programmes/cohort.xhtml?id=" + cohort).body().split("record__item\"|record__item ", -1).length - 1;
        assertThat(sessions).as("the member's own record, one item per session").isEqualTo(8);

        // 16 requests at a time from one session, as a bench or a browser with many tabs sends them:
        // every new page is a new view, and the cohort page must not lose its beans to them half-way.
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean cohortDone = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                others.add(pool.submit(() -> {
                    while (!cohortDone.get()) {
                        member.get("/crisis.xhtml");
                    }
                }));
            }
            List<Future<?>> cohortLoads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                cohortLoads.add(pool.submit(() -> {
                    for (int n = 0; n < 15; n++) {
                        LoopbackHttp.Response answer = member.get("/programmes/cohort.xhtml?id=" + cohort);
                        int items = answer.body().split("record__item\"|record__item ", -1).length - 1;
                        answers.merge(answer.status() == 200 && items == 8 ? "whole" : "HTTP " + answer.status() + ", " + items + " items",
                                1, Integer::sum);
                    }
                }));
            }
            for (Future<?> load : cohortLoads) {
                load.get(5, TimeUnit.MINUTES);
            }
            cohortDone.set(true);
            for (Future<?> other : others) {
                other.get(1, TimeUnit.MINUTES);
            }
        } finally {
            cohortDone.set(true);
            pool.shutdownNow();
        }
        assertThat(answers).containsExactly(Map.entry("whole", 60));
    }

    private static LoopbackHttp signedIn(String from, String email, String password) {
        LoopbackHttp client = new LoopbackHttp(TestServers.portal().baseUrl(), from);
        LoopbackHttp.Response answer = client.signIn(email, password);
        assertThat(answer.status()).as("signed in as %s", email).isIn(302, 303);
        return client;
    }

    private static String abbreviated(String path) {
        return path.length() <= 90 ? path : path.substring(0, 90) + "…";
    }

    private static long number(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long postsContaining(String text) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM post WHERE body LIKE ?")) {
            query.setString(1, "%" + text + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
