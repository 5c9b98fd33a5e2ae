package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
        TopicScreen topic = new TopicScreen(browser);
        assertThat(topic.lastPost()).contains("<script>window.xssRan=1</script>", "click me");
        assertThat(topic.scriptLinkCount()).isZero();

        ForumScreen forum = new ForumScreen(browser);
        forum.search(PAYLOAD);
        assertClean(browser, "a reflected search");
        assertThat(forum.searchWords()).isEqualTo(PAYLOAD);
        Screens.signOut(browser);

        String flaggedTitle = "Flag me " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.Forum.startTopic(browser, "carers", flaggedTitle, "An ordinary post.");
        String flaggedPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        browser.visit(flaggedPath);
        topic.flagLastPost("Something else", PAYLOAD);
        forum.open("recovery-circle");
        forum.inviteToGroup(PAYLOAD);
        assertThat(forum.messageNextToInvitation()).isEqualTo("No member is called " + PAYLOAD + ".");
        assertClean(browser, "an invitation error");

        ReviewQueueScreen queue = new ReviewQueueScreen(browser);
        queue.claim(title);
        queue.claim(flaggedTitle);
        assertClean(browser, "the review queue");
        assertThat(queue.item(flaggedTitle)).contains(PAYLOAD);
        queue.approve(flaggedTitle);
        queue.openMemberRecordOf(title);
        String recordPath = browser.path();
        queue.open();
        queue.reject(title, PAYLOAD);
        assertThat(Screens.globalMessages(browser)).isEqualTo("Rejected. The author has been told why.");

        browser.visit(recordPath);
        MemberRecordScreen record = new MemberRecordScreen(browser);
        record.addNote(PAYLOAD);
        record.warn(PAYLOAD);
        assertThat(Screens.globalMessages(browser)).isEqualTo("Done. The member has been told.");
        browser.visit(recordPath);
        assertClean(browser, "the member record");
        assertThat(record.notes()).contains(PAYLOAD);
        assertThat(record.history()).contains(PAYLOAD);
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        new AuditScreen(browser).open();
        assertClean(browser, "the audit log");
        Screens.signOut(browser);

        Screens.signInAs(browser, email, "a calm and long passphrase");
        NoticesScreen notices = new NoticesScreen(browser);
        notices.open();
        assertClean(browser, "the author's notifications");
        assertThat(notices.all()).contains(PAYLOAD);
        notices.follow("took down");
        assertClean(browser, "the author's rejected post");
        assertThat(topic.moderationNote()).contains(PAYLOAD);
    }

    /** No element or attribute from a payload, and no script ran. */
    private static void assertClean(Browser browser, String where) {
        Object injected = browser.evaluate("return document.querySelectorAll('#xss-probe, #xss-probe2, [onerror], [onload],"
                + " iframe, object, embed, svg, a[href^=\"javascript\" i]').length;");
        assertThat(injected).as("injected elements on %s", where).isEqualTo(0L);
        assertThat(browser.evaluate("return window.xssRan === undefined;")).as("script ran on %s", where).isEqualTo(true);
    }
}
