package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Deployments;

/** What a person sees when something breaks, and what staff find in the log. */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ErrorPagesIT.class, ErrorPagesIT.FailingServlet.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anUnexpectedErrorShowsACalmPageWithTheReferenceThatIsInTheLog() throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(ErrorReference.class.getName());
        logger.addHandler(capture);
        try {
            HttpResponse<String> response = get("test/fail");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("Sorry, something went wrong on our side")
                    .doesNotContain("IllegalStateException", "at org.peersupport", "deliberate failure");
            Matcher reference = Pattern.compile("id=\"errorReference\">([A-Z0-9]{8})<").matcher(response.body());
            assertThat(reference.find()).as("a reference on the page").isTrue();
            assertThat(logged).anySatisfy(record -> {
                assertThat(record.getMessage()).contains(reference.group(1));
                assertThat(record.getThrown()).hasMessage("deliberate failure");
            });
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void anUnknownAddressAnswers404WithTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("no/such/page.xhtml");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("find that page").contains("Get help now");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndAScriptPolicy() throws Exception {
        HttpResponse<String> response = get("crisis.xhtml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self' 'nonce-");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.body()).doesNotContainPattern("<script>[^<]");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = get("login.xhtml");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void aVisitorWhoOnlyReadsLeavesNoSessionBehindButAFormKeepsItsOwn() throws Exception {
        assertThat(sessionCookieOf(get(""))).as("landing page").isNull();
        assertThat(sessionCookieOf(get("crisis.xhtml"))).as("crisis resources").isNull();
        assertThat(sessionCookieOf(get("no/such/page.xhtml"))).as("not found").isNull();

        String signInCookie = sessionCookieOf(get("login.xhtml"));
        assertThat(sessionCookieOf(get("login.xhtml", signInCookie))).as("the sign-in form keeps its session").isNull();
    }

    private static String sessionCookieOf(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .header("Accept-Language", "en").header("Cookie", cookie).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .header("Accept-Language", "en").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Fails on purpose, to show the 500 page. Only in this test's deployment. */
    @WebServlet("/test/fail")
    public static class FailingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("deliberate failure");
        }
    }
}
