package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The headers of every kind of answer, the operator endpoints, and the two state changes that are
 * not Faces forms (language, sign-out), over plain HTTP against the browser tests' portal. Requests
 * come from their own loopback addresses (127.0.0.6x), so sign-ins here never throttle the
 * browsers on 127.0.0.1.
 */
class SecurityHeadersJourneyIT {

    private static final List<String> POLICY = List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
            "frame-ancestors 'none'", "form-action 'self'", "script-src 'self'");

    private final String base = TestServers.portal().baseUrl();

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndOnlyResourcesMayBeStored() {
        LoopbackHttp visitor = new LoopbackHttp(base, "127.0.0.61");
        LoopbackHttp member = new LoopbackHttp(base, "127.0.0.62");
        assertThat(member.signIn("member@demo.test", "demo-pass-harbor").status()).isIn(302, 303);

        Map<String, LoopbackHttp.Response> answers = new LinkedHashMap<>();
        LoopbackHttp.Response landing = visitor.get("/");
        answers.put("landing page", landing);
        answers.put("crisis page", visitor.get("/crisis.xhtml"));
        answers.put("sign-in page in place of a protected page", visitor.get("/member/dashboard.xhtml"));
        answers.put("unknown page (404)", visitor.get("/no/such/page.xhtml"));
        answers.put("GET of a POST-only address (405)", visitor.get("/sign-out"));
        answers.put("unknown feed (404)", visitor.get("/calendar/feed/" + "A".repeat(43) + ".ics"));
        answers.put("cohort file with a bad id (404)", member.get("/programmes/cohort-sessions.ics?id=abc"));
        answers.put("page with an odd parameter", member.get("/forum/topic.xhtml?id=99999999999999999999"));
        answers.put("signed-in page", member.get("/member/dashboard.xhtml"));
        answers.put("forbidden page (403)", member.get("/admin/roles.xhtml"));
        answers.put("calendar download (.ics)", member.get("/programmes/my-sessions.ics"));
        String stylesheet = find(landing.body(), "href=\"([^\"]*portal\\.css[^\"]*)\"").replace("&amp;", "&");
        answers.put("stylesheet (resource)", visitor.get(stylesheet));

        assertThat(answers.get("sign-in page in place of a protected page").body()).contains("id=\"signin\"");
        assertThat(answers.get("unknown page (404)").status()).isEqualTo(404);
        assertThat(answers.get("GET of a POST-only address (405)").status()).isEqualTo(405);
        assertThat(answers.get("forbidden page (403)").status()).isEqualTo(403);
        assertThat(answers.get("calendar download (.ics)").status()).isEqualTo(200);
        assertThat(answers.get("stylesheet (resource)").status()).isEqualTo(200);

        SoftAssertions softly = new SoftAssertions();
        answers.forEach((what, answer) -> {
            Map<String, String> headers = answer.headers();
            String policy = headers.getOrDefault("content-security-policy", "");
            softly.assertThat(policy).as("%s: one policy", what).isNotEmpty().doesNotContain("\n");
            POLICY.forEach(directive -> softly.assertThat(policy).as("%s: CSP", what).contains(directive));
            softly.assertThat(scriptSources(policy)).as("%s: scripts", what).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
            softly.assertThat(headers.get("x-content-type-options")).as("%s", what).isEqualTo("nosniff");
            softly.assertThat(headers.get("x-frame-options")).as("%s", what).isEqualTo("DENY");
            softly.assertThat(headers.get("referrer-policy")).as("%s", what).isEqualTo("same-origin");
            softly.assertThat(headers).as("%s: no server banner", what).doesNotContainKeys("server", "x-powered-by");
            softly.assertThat(answer.body()).as("%s: no server name", what).doesNotContain("Payara", "GlassFish");
            if (!what.contains("resource")) {
                softly.assertThat(headers.getOrDefault("cache-control", "")).as("%s: Cache-Control", what).contains("no-store");
            }
        });
        softly.assertAll();
    }

    @Test
    void operatorAndTestEndpointsAreNotPublic() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("metrics", "metrics/base", "metrics/vendor", "openapi", "bench/baseline.xhtml")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*").build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean refused = answer.statusCode() >= 400 || answer.body().contains("id=\"signin\"");
            assertThat(refused).as("%s answers %d", path, answer.statusCode()).isTrue();
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("heap").doesNotContain("thread_count", "openapi:");
        }
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as("readiness stays open to probes").isEqualTo(200);
        assertThat(ready.headers().firstValue("Server")).as("no server banner").isEmpty();
    }

    @Test
    void aMembersLanguageChangesOnlyByAPostFromThePortalsOwnPages() {
        LoopbackHttp member = new LoopbackHttp(base, "127.0.0.64");
        assertThat(member.signIn("member@demo.test", "demo-pass-harbor").status()).isIn(302, 303);
        try {
            LoopbackHttp.Response link = member.get("/language?to=es&from=/member/dashboard.xhtml");
            assertThat(link.status()).as("a plain link changes nothing").isEqualTo(405);
            assertThat(pageLanguage(member)).isEqualTo("en");

            for (String foreign : List.of("null", "https://evil.example", member.origin().replace("http:", "https:"),
                    "http://localhost:1")) {
                LoopbackHttp.Response post = member.postForm("/language", Map.of("to", "es", "from", "/"), Map.of("Origin", foreign));
                assertThat(post.status()).as("from %s", foreign).isEqualTo(403);
            }
            assertThat(member.postForm("/language", Map.of("to", "es", "from", "/"), Map.of()).status())
                    .as("neither Origin nor Referer").isEqualTo(403);
            assertThat(pageLanguage(member)).isEqualTo("en");

            LoopbackHttp.Response own = member.postForm("/language", Map.of("to", "es", "from", "/member/dashboard.xhtml"));
            assertThat(own.status()).isEqualTo(303);
            assertThat(own.headers().get("location")).endsWith("/member/dashboard.xhtml");
            assertThat(pageLanguage(member)).isEqualTo("es");
        } finally {
            member.postForm("/language", Map.of("to", "en", "from", "/")); // other journeys expect the demo member in English
        }
        assertThat(pageLanguage(member)).isEqualTo("en");
    }

    @Test
    void signOutComparesTheWholeOrigin() {
        LoopbackHttp member = new LoopbackHttp(base, "127.0.0.65");
        assertThat(member.signIn("member@demo.test", "demo-pass-harbor").status()).isIn(302, 303);
        String otherPort = member.origin().replaceFirst(":\\d+$", ":1");
        List<Map<String, String>> foreign = new ArrayList<>(List.of(Map.of("Origin", "null"), Map.of("Origin", otherPort),
                Map.of("Origin", "https://localhost"), Map.of("Origin", "http://evil.example"),
                Map.of("Referer", otherPort + "/member/dashboard.xhtml"), Map.of()));
        for (Map<String, String> headers : foreign) {
            assertThat(member.postForm("/sign-out", Map.of(), headers).status()).as("sign-out with %s", headers).isEqualTo(403);
            assertThat(signedIn(member)).as("still signed in after a sign-out with %s", headers).isTrue();
        }

        LoopbackHttp.Response own = member.postForm("/sign-out", Map.of(),
                Map.of("Referer", member.origin() + "/member/dashboard.xhtml"));
        assertThat(own.status()).isEqualTo(302);
        assertThat(own.headers().get("clear-site-data")).isEqualTo("\"cache\"");
        assertThat(signedIn(member)).isFalse();
    }

    private static boolean signedIn(LoopbackHttp client) {
        return client.get("/member/dashboard.xhtml").body().contains("id=\"signOutForm\"");
    }

    private static String pageLanguage(LoopbackHttp client) {
        return find(client.get("/member/dashboard.xhtml").body(), "<html[^>]*\\blang=\"([a-z]+)\"");
    }

    private static List<String> scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            List<String> words = List.of(directive.trim().split("\\s+"));
            if (words.get(0).equals("script-src")) {
                return words.subList(1, words.size());
            }
        }
        return List.of();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
