package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.DemoMentorship;

/**
 * On a shared computer: nothing private comes back after sign-out, not even with Back. And the
 * content security policy blocks nothing the portal's own pages need.
 */
@ExtendWith(BrowserExtension.class)
class PrivacyJourneyIT {

    private static final String VIDEO_LINK = "https://video.demo.test/cbt-tuesday";

    @Test
    void backAfterSignOutShowsNoPrivateText(Browser browser) {
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        CohortsScreen programmes = new CohortsScreen(browser);
        programmes.openProgrammes();
        programmes.openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
        assertThat(new CohortScreen(browser).location()).contains(VIDEO_LINK);

        Screens.signOut(browser);
        browser.back();

        assertThat(browser.path()).startsWith("/programmes/cohort.xhtml");
        assertThat(browser.pageSource()).doesNotContain(VIDEO_LINK).contains("id=\"signin\"");
        browser.screenshot("back-after-sign-out-en");
    }

    @Test
    void thePortalsPagesBreakNoPartOfTheContentSecurityPolicy(Browser browser) throws Exception {
        List<String> violations = new ArrayList<>();
        browser.visit("/no/such/page.xhtml");
        List<String> console = browser.consoleMessages();
        assertThat(console).as("the console is read (it reports the 404)").anyMatch(message -> message.contains("404"));
        violations.addAll(cspViolations(console, "/no/such/page.xhtml"));
        for (String page : List.of("/", "/crisis.xhtml", "/register.xhtml", "/login.xhtml")) {
            browser.visit(page);
            violations.addAll(cspViolations(browser, page));
        }
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        for (String page : List.of("/member/dashboard.xhtml", "/forum/index.xhtml", "/forum/forum.xhtml?slug=introductions",
                "/programmes/index.xhtml", "/programmes/calendar.xhtml", "/mentoring/index.xhtml", "/member/notifications.xhtml",
                "/moderation/queue.xhtml", "/moderation/alerts.xhtml", "/admin/roles.xhtml", "/admin/mentoring.xhtml",
                "/admin/safety-report.xhtml", "/admin/policies.xhtml", "/facilitation/curricula.xhtml")) {
            browser.visit(page);
            violations.addAll(cspViolations(browser, page));
        }
        ForumScreen forum = new ForumScreen(browser);
        forum.open("introductions");
        forum.followFirstLinkToATopic();
        violations.addAll(cspViolations(browser, browser.path()));

        Screens.signOut(browser);
        // The chat page, with its live socket, as the demo mentee.
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        ChatScreen chat = new ChatScreen(browser);
        chat.open(DemoMentorship.id());
        chat.waitUntilLive();
        violations.addAll(cspViolations(browser, "/mentoring/chat.xhtml"));
        CohortsScreen programmes = new CohortsScreen(browser);
        programmes.openProgrammes();
        programmes.openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
        violations.addAll(cspViolations(browser, browser.path()));
        browser.screenshot("csp-walk-last-page-en");

        assertThat(violations).isEmpty();
    }

    private static List<String> cspViolations(Browser browser, String page) {
        return cspViolations(browser.consoleMessages(), page);
    }

    private static List<String> cspViolations(List<String> console, String page) {
        return console.stream()
                .filter(message -> message.contains("Content Security Policy"))
                .map(message -> page + ": " + message)
                .toList();
    }
}
