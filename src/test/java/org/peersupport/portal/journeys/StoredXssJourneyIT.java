package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

/**
 * Script payloads through every text field of the forum and its moderation, looked at on every page
 * that shows them back: nothing runs and no markup is injected; the text shows as typed. The CSP
 * alone would stop inline scripts, so the check is on the page's elements, not only on effects.
 */
@ExtendWith(BrowserExtension.class)
class StoredXssJourneyIT {

    private static final String SHORT = "<img src=x onerror=window.xssRan=1>";
    private static final String PAYLOAD = "<script>window.xssRan=1</script><img id=xss-probe src=x onerror=\"window.xssRan=1\">"
            + "<svg onload=window.xssRan=1></svg>\"'><b id=xss-probe2>bold</b><iframe src=javascript:window.xssRan=1></iframe>";
    private static final String MARKDOWN = PAYLOAD + "\n\n[click me](javascript:window.xssRan=1) "
            + "[also](JaVaScRiPt:window.xssRan=1) <a href=\"javascript:window.xssRan=1\">raw link</a>";

    @Test
    void scriptPayloadsInEveryFieldShowAsTextAndNeverRun(Browser browser) {
        String name = "Tester " + Screens.unique();
        String email = "xss-" + Screens.unique() + "@example.org";
        Screens.Registration.join(browser, email, "a calm and long passphrase", name);
        String title = "Title " + Screens.unique() + " " + SHORT;
        Screens.Forum.startTopic(browser, "introductions", title, MARKDOWN);
        assertClean(browser, "the author's held topic");
        assertThat(Screens.heading(browser)).isEqualTo(title);
        assertThat(browser.text(Screens.Forum.lastPost())).contains("<script>window.xssRan=1</script>", "click me");
        assertThat(browser.all(By.cssSelector(".post__body a[href^='javascript'], .post__body a[href^='JaVa']"))).isEmpty();

        browser.visit("/forum/search.xhtml?q=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8));
        assertClean(browser, "a reflected search");
        assertThat(browser.value("q")).isEqualTo(PAYLOAD);
        Screens.signOut(browser);

        String flaggedTitle = "Flag me " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        Screens.Forum.startTopic(browser, "carers", flaggedTitle, "An ordinary post.");
        String flaggedPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        browser.visit(flaggedPath);
        Screens.Forum.flag(browser, Screens.Forum.lastPost(), "Something else", PAYLOAD);
        browser.visit("/forum/forum.xhtml?slug=recovery-circle");
        browser.type("members:invitee", PAYLOAD);
        browser.click("members:invite");
        assertThat(Screens.messageNextTo(browser, "members:invitee")).isEqualTo("No member is called " + PAYLOAD + ".");
        assertClean(browser, "an invitation error");

        Screens.Queue.claim(browser, title);
        Screens.Queue.claim(browser, flaggedTitle);
        assertClean(browser, "the review queue");
        assertThat(browser.text(Screens.Queue.itemAbout(flaggedTitle))).contains(PAYLOAD);
        browser.click(Screens.Queue.control(flaggedTitle, "approve"));
        browser.click(new ByChained(Screens.Queue.itemAbout(title), By.linkText("Member record")));
        String recordPath = browser.path();
        browser.visit("/moderation/queue.xhtml");
        browser.type(browser.find(Screens.Queue.control(title, "reason")).getDomAttribute("id"), PAYLOAD);
        browser.click(Screens.Queue.control(title, "reject"));
        assertThat(Screens.globalMessages(browser)).isEqualTo("Rejected. The author has been told why.");

        browser.visit(recordPath);
        browser.type("notes:note", PAYLOAD);
        browser.click("notes:addNote");
        browser.select("sanction:kind", "WARNING");
        browser.type("sanction:reason", PAYLOAD);
        browser.click("sanction:apply");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Done. The member has been told.");
        browser.visit(recordPath);
        assertClean(browser, "the member record");
        assertThat(browser.text(By.id("notes"))).contains(PAYLOAD);
        assertThat(browser.text(By.id("history"))).contains(PAYLOAD);
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        browser.visit("/admin/audit.xhtml");
        assertClean(browser, "the audit log");
        Screens.signOut(browser);

        Screens.signInAs(browser, email, "a calm and long passphrase");
        browser.visit("/member/notifications.xhtml");
        assertClean(browser, "the author's notifications");
        assertThat(browser.text(By.id("notices"))).contains(PAYLOAD);
        browser.submitAndWaitForPage(browser.find(By.xpath("//a[contains(@class,'notice__text')][contains(., 'took down')]"))
                .getDomAttribute("id"));
        assertClean(browser, "the author's rejected post");
        assertThat(browser.text(By.cssSelector(".post__moderation"))).contains(PAYLOAD);
    }

    /** No element or attribute from a payload, and no script ran. */
    private static void assertClean(Browser browser, String where) {
        Object injected = browser.evaluate("return document.querySelectorAll('#xss-probe, #xss-probe2, [onerror], [onload],"
                + " iframe, object, embed, svg, a[href^=\"javascript\" i]').length;");
        assertThat(injected).as("injected elements on %s", where).isEqualTo(0L);
        assertThat(browser.evaluate("return window.xssRan === undefined;")).as("script ran on %s", where).isEqualTo(true);
    }
}
