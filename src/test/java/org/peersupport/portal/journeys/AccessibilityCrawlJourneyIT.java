package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.HtmlChecker;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Every page a visitor and each demo role can reach by following links, crawled in Chromium: each
 * page type passes axe-core (WCAG 2.2 A/AA), its server HTML passes the W3C's Nu Html Checker, and
 * on a 390-px phone it has no sideways scroll and a header under a fifth of the screen. Findings
 * are gathered over the whole crawl, so one run shows them all.
 */
@Order(Integer.MAX_VALUE)
class AccessibilityCrawlJourneyIT {

    /** One address of each page type (path) per role keeps the crawl to a few minutes. */
    private static final int MOST_PAGES = 60;

    private final String base = TestServers.portal().baseUrl();

    @ParameterizedTest(name = "{0} on a {3}-px wide screen")
    @CsvSource({
        "visitor,     -,                       -,                     390, en",
        "member,      member@demo.test,        demo-pass-harbor,      1280, en",
        "miembro,     miembro@demo.test,       demo-pass-sereno,     390, es",
        "mentor,      mentor@demo.test,        demo-pass-lantern,      390, en",
        "facilitator, facilitator@demo.test,   demo-pass-circle, 1280, en",
        "moderator,   moderator@demo.test,     demo-pass-keeper,   390, en",
        "admin,       admin@demo.test,         demo-pass-portal,       1280, en",
    })
    void everyPageReachableByLinksIsAccessibleValidAndFitsTheScreen(String role, String email, String password,
            int width, String language) {
        List<String> findings = new ArrayList<>();
        int height = width < 600 ? 844 : 900;
        try (Browser browser = Browser.open(base, language, width + "," + height).collectAccessibilityFindings()) {
            String start = "/index.xhtml";
            if (!"-".equals(email)) {
                Screens.signInAs(browser, email, password);
                start = browser.path();
            }
            Set<String> pageTypes = new LinkedHashSet<>();
            Deque<String> toVisit = new ArrayDeque<>(List.of(start, "/crisis.xhtml"));
            while (!toVisit.isEmpty() && pageTypes.size() < MOST_PAGES) {
                String address = toVisit.poll();
                if (!pageTypes.add(URI.create(address).getPath())) {
                    continue;
                }
                browser.visit(address);
                String path = browser.path();
                String html = browser.serverHtml();
                keepForReading(role, path, html);
                for (String error : HtmlChecker.errors(html)) {
                    findings.add("W3C validator on " + path + ": " + error);
                }
                findings.addAll(PageLayout.layoutProblems(browser, path));
                if (pageTypes.size() <= 3 || path.matches(".*/(alerts|topic|chat|cohort|attendance)\\.xhtml.*")) {
                    browser.screenshot("crawl-" + role + "-" + width + "-" + path.replaceAll("[^A-Za-z0-9]+", "_"));
                }
                for (String link : PageLayout.portalLinks(browser, base)) {
                    if (!pageTypes.contains(URI.create(link).getPath())) {
                        toVisit.add(link);
                    }
                }
            }
            browser.accessibilityFindings().forEach(finding -> findings.add("axe-core on " + finding));
            assertThat(pageTypes).as("page types reached as " + role).hasSizeGreaterThan("-".equals(email) ? 3 : 8);
        }
        assertThat(findings).as("accessibility, HTML and phone findings as " + role).isEmpty();
    }

    /** The server's HTML of each page crawled, under target/crawl, so that a validator's line numbers can be read. */
    private static void keepForReading(String role, String path, String html) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "crawl");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve(role + path.replaceAll("[^A-Za-z0-9]+", "_") + ".html"), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
