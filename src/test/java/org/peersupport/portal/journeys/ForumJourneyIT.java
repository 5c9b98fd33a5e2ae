package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestDatabase;

/** Members and moderators in the forums, in a real browser against the running portal. */
@ExtendWith(BrowserExtension.class)
class ForumJourneyIT {

    private static final String PASSPHRASE = "a calm and long passphrase";

    @Test
    void aNewMembersFirstPostIsHeldThenApprovedByAModerator(Browser browser) {
        String name = "Newcomer " + Screens.unique();
        String email = "first-post-" + Screens.unique() + "@example.org";
        Screens.Registration.join(browser, email, PASSPHRASE, name);
        String title = "My first words here " + Screens.unique();
        Screens.Forum.startTopic(browser, "introductions", title, "Hello, I am new and a little nervous.");
        TopicScreen topic = new TopicScreen(browser);

        assertThat(Screens.globalMessages(browser)).startsWith("Thank you. Your post will appear once a moderator");
        assertThat(topic.statusChip()).isEqualTo("Waiting for a moderator");
        browser.screenshot("forum-post-held-en");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        ReviewQueueScreen queue = new ReviewQueueScreen(browser);
        queue.claim(title);
        browser.screenshot("moderation-queue-en");
        queue.approve(title);
        assertThat(Screens.globalMessages(browser)).isEqualTo("Approved.");
        assertThat(queue.holds(title)).as("gone from the queue").isFalse();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        ForumScreen forum = new ForumScreen(browser);
        forum.open("introductions");
        forum.openTopic(title);
        assertThat(Screens.heading(browser)).isEqualTo(title);
        assertThat(topic.hasStatusChip()).as("published").isFalse();
        assertThat(topic.lastPost()).contains(name, "Hello, I am new and a little nervous.");
    }

    @Test
    void aMemberGivesSupportFromTheKeyboardAndTakesItBack(Browser browser) {
        String title = "What got me outside today " + Screens.unique();
        // The facilitator writes it: no other forum journey posts as them, so posting's few seconds'
        // pause between one person's posts never meets another test's post.
        Screens.signInAs(browser, "facilitator@demo.test", "demo-pass-circle");
        Screens.Forum.startTopic(browser, "introductions", title, "A short walk by the river, ten minutes.");
        String topicPath = browser.path();
        TopicScreen topic = new TopicScreen(browser);
        assertThat(topic.lastPostSupportEnabled()).as("no support for one's own post").isFalse();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        browser.visit(topicPath);
        assertThat(topic.lastPostSupport()).isEqualTo("Support · 0");
        assertThat(topic.lastPostSupportPressed()).isFalse();
        topic.supportLastPostFromKeyboard();
        assertThat(topic.lastPostSupportOnceItSays("Support · 1")).isEqualTo("Support · 1");
        assertThat(topic.lastPostSupportPressed()).isTrue();
        assertThat(topic.focusIsOnLastPostSupport()).as("the keyboard stays on the post").isTrue();
        browser.screenshot("forum-support-given-en");

        browser.visit(topicPath);
        assertThat(topic.lastPostSupport()).as("stored").isEqualTo("Support · 1");
        topic.supportLastPostFromKeyboard();
        assertThat(topic.lastPostSupportOnceItSays("Support · 0")).as("taken back").isEqualTo("Support · 0");
        assertThat(topic.lastPostSupportPressed()).isFalse();
    }

    @Test
    void aLongForumOpensTwentyTopicsAtATimeNewestFirst(Browser browser) throws SQLException {
        String marker = "Older evening " + Screens.unique();
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            // 21 topics older than anything else in the forum, so they come last: the oldest must be on a later page.
            for (int n = 1; n <= 21; n++) {
                sql.executeUpdate("INSERT INTO topic (forum_id, author_id, title, anonymous, status, post_count, created_at, last_activity_at)"
                        + " SELECT f.id, a.id, '" + marker + " " + n + "', FALSE, 'VISIBLE', 1,"
                        + " UTC_TIMESTAMP(3) - INTERVAL 400 DAY, UTC_TIMESTAMP(3) - INTERVAL (400 + " + n + ") DAY"
                        + " FROM forum f, account a WHERE f.slug = 'introductions' AND a.email = 'mentor@demo.test'");
                sql.executeUpdate("INSERT INTO post (topic_id, author_id, opening, body, body_html, anonymous, status, support_count, created_at)"
                        + " SELECT t.id, t.author_id, TRUE, 'An evening walk.', '<p>An evening walk.</p>', FALSE, 'VISIBLE', 0, t.created_at"
                        + " FROM topic t WHERE t.title = '" + marker + " " + n + "'");
            }
        }
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        ForumScreen forum = new ForumScreen(browser);
        forum.open("introductions");
        assertThat(forum.topicTitles()).hasSize(20).doesNotContain(marker + " 21");
        assertThat(forum.offersNewerTopics()).isFalse();
        assertThat(forum.offersOlderTopics()).isTrue();

        forum.openOlderTopics();
        assertThat(browser.path()).contains("page=2");
        assertThat(forum.topicTitles()).contains(marker + " 21").last().isEqualTo(marker + " 21");
        assertThat(forum.offersNewerTopics()).isTrue();
        browser.screenshot("forum-older-topics-en");
        forum.openNewerTopics();
        assertThat(forum.topicTitles()).hasSize(20).first().isNotEqualTo(marker + " 21");
    }

    @Test
    void flagsFromTwoMembersHideAPostAndTheAuthorIsToldWhyWithSupport(Browser browser) {
        String title = "Thoughts on routines " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.Forum.startTopic(browser, "anxiety", title, "Routines are for people who can't think for themselves.");
        String topicPath = browser.path();
        TopicScreen topic = new TopicScreen(browser);
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        browser.visit(topicPath);
        topic.flagLastPost("Harassment", null);
        assertThat(Screens.globalMessages(browser)).isEqualTo("Thank you. The moderators will look at it.");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).as("one flag does not hide it").isEqualTo(title);
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "demo-pass-sereno");
        browser.visit(topicPath);
        topic.flagLastPost("Otra cosa", "Se burla de quien necesita rutinas.");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).as("hidden: the topic answers as not found")
                .isEqualTo("No encontramos esa página");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        ReviewQueueScreen queue = new ReviewQueueScreen(browser);
        queue.claim(title);
        assertThat(queue.item(title)).contains("Flagged post", "Harassment",
                "Se burla de quien necesita rutinas.");
        queue.reject(title, "It mocks people who rely on routines. Please speak for yourself.");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Rejected. The author has been told why.");
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        NoticesScreen notices = new NoticesScreen(browser);
        notices.openBell();
        assertThat(notices.notice("took down your post")).contains("It mocks people who rely on routines. Please speak for yourself.",
                "support is one click away");
        notices.follow("took down your post");
        assertThat(topic.moderationNote())
                .contains("It mocks people who rely on routines.", "you don’t have to wait for anyone here");
        assertThat(topic.moderationNoteLinksToCrisisPage()).isTrue();
        browser.screenshot("forum-post-removed-author-en");
    }

    @Test
    void aContentWarningCollapsesAPostAndAMemberCanHideSuchPostsAltogether(Browser browser) {
        String title = "Getting through evenings " + Screens.unique();
        Screens.signInAs(browser, "mentor@demo.test", "demo-pass-lantern");
        ForumScreen forum = new ForumScreen(browser);
        forum.open("low-mood");
        forum.startTopicWithWarning(title,
                "Last winter I relapsed and hurt myself. What helped was calling my sister.", "SELF_HARM");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your topic is up.");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        browser.visit(topicPath);
        TopicScreen topic = new TopicScreen(browser);
        String warning = "Content warning: Self-harm";
        assertThat(topic.warnedPostIsOpen(warning)).isFalse();
        assertThat(topic.warnedPostBodyIsShown(warning)).as("collapsed").isFalse();
        browser.screenshot("forum-content-warning-en");
        topic.openWarnedPost(warning);
        assertThat(topic.warnedPostBody(warning)).contains("calling my sister");

        forum.toggleHiddenWarning("Self-harm");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your choices are saved.");
        browser.visit(topicPath);
        assertThat(topic.showsAnyPost()).as("no card, author or time for the hidden post").isFalse();
        assertThat(topic.postsLeftOut())
                .startsWith("One post on this page is not shown: it carries a content warning you chose to hide.");
        assertThat(browser.pageSource()).doesNotContain("calling my sister").doesNotContain("Steady Lantern");
        browser.screenshot("forum-hidden-warning-en");
        forum.open("low-mood");
        assertThat(browser.pageSource()).as("the topic it opens is not listed").doesNotContain(title);
        forum.search("relapsed calling sister");
        assertThat(browser.pageSource()).as("search leaves it out too").doesNotContain("calling my sister");

        forum.toggleHiddenWarning("Self-harm");
        forum.search("relapsed calling sister");
        assertThat(forum.searchHitWarning(title)).isEqualTo("Content warning: Self-harm. Show the excerpt");
        assertThat(forum.searchHitExcerptIsShown(title)).as("the warned excerpt starts collapsed").isFalse();
        browser.screenshot("forum-search-warning-en");
    }

    @Test
    void anAnonymousPostIsRevealedOnlyByAModeratorAndTheRevealIsAudited(Browser browser) {
        String title = "Something I can't say with my name " + Screens.unique();
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        ForumScreen forum = new ForumScreen(browser);
        forum.open("low-mood");
        forum.startAnonymousTopic(title, "I have not told anyone at home how low I feel.");
        TopicScreen topic = new TopicScreen(browser);
        assertThat(topic.anonymousAuthor()).startsWith("Anonymous member (you)");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "demo-pass-sereno");
        browser.visit(topicPath);
        assertThat(topic.anonymousAuthor()).isEqualTo("Miembro anónimo");
        assertThat(browser.pageSource()).doesNotContain("Quiet Harbor");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        browser.visit(topicPath);
        assertThat(browser.pageSource()).as("not before the reveal").doesNotContain("Quiet Harbor");
        topic.revealLastPostAuthor();
        assertThat(topic.revealedAuthor()).isEqualTo("(Quiet Harbor)");
        browser.screenshot("forum-anonymous-revealed-en");
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        AuditScreen audit = new AuditScreen(browser);
        audit.open();
        assertThat(audit.newestEntry()).contains("Calm Keeper", "Revealed an anonymous author", "Post");
        browser.screenshot("audit-log-en");
    }

    @Test
    void slowModeStopsASecondPostAndKeepsTheText(Browser browser) {
        String title = "A lively debate " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.Forum.startTopic(browser, "carers", title, "Should carers have their own support plan?");
        String topicPath = browser.path();
        TopicScreen topic = new TopicScreen(browser);
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        browser.visit(topicPath);
        topic.turnOnSlowMode("10");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Slow mode is on: one post every 10 minutes per member.");
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        browser.visit(topicPath);
        assertThat(topic.slowModeNotice()).startsWith("Slow mode is on in this topic");
        topic.reply("Yes, I think we need one.");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your reply is up.");
        topic.reply("And another thought straight away.");
        assertThat(topic.messageNextToReply())
                .isEqualTo("Slow mode is on here. You can post again in 10 minutes. Your text is still in the box.");
        assertThat(topic.replyBoxText()).isEqualTo("And another thought straight away.");
        browser.screenshot("forum-slow-mode-en");
    }

    @Test
    void aMemberOutsideAPrivateGroupGetsNotFoundForItsPagesByAddress(Browser browser) {
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        ForumScreen forum = new ForumScreen(browser);
        forum.open("recovery-circle");
        assertThat(Screens.heading(browser)).isEqualTo("Thursday recovery circle");
        forum.openTopic("Homework from session 3");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "mentor@demo.test", "demo-pass-lantern");
        forum.open("recovery-circle");
        assertThat(Screens.heading(browser)).isEqualTo("We couldn't find that page");
        browser.visit("/forum/new-topic.xhtml?slug=recovery-circle");
        assertThat(Screens.heading(browser)).as("nor start a topic there").isEqualTo("We couldn't find that page");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).isEqualTo("We couldn't find that page");
        forum.search("homework");
        assertThat(forum.hasSearchHits()).as("no search hit from the group").isFalse();
        forum.openIndex();
        assertThat(forum.indexLinksTo("Thursday recovery circle")).as("listed by name, not opened").isFalse();
        forum.askToJoin("Thursday recovery circle");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your request to join Thursday recovery circle is with the group’s hosts.");
    }

    @Test
    void aModeratorSuspendsAMemberWhoIsToldWhyAtSignIn(Browser browser) {
        String name = "Hasty " + Screens.unique();
        String email = "hasty-" + Screens.unique() + "@example.org";
        Screens.Registration.join(browser, email, PASSPHRASE, name);
        String title = "Buy cheap pills " + Screens.unique();
        Screens.Forum.startTopic(browser, "carers", title, "Visit my shop for cheap pills.");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        ReviewQueueScreen queue = new ReviewQueueScreen(browser);
        queue.claim(title);
        browser.visit(queue.memberRecordOf(title));
        assertThat(Screens.heading(browser)).isEqualTo(name);
        MemberRecordScreen record = new MemberRecordScreen(browser);
        record.suspend("3", "Advertising is not allowed here.");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Done. The member has been told.");
        assertThat(record.history()).contains("Suspension (no sign-in)", "Advertising is not allowed here.");
        browser.screenshot("moderation-member-record-en");
        Screens.signOut(browser);

        Screens.signInAs(browser, email, PASSPHRASE);
        assertThat(Screens.globalMessages(browser)).startsWith("The moderators have paused your account until ")
                .contains("(Europe/London)", "Get help now");
        assertThat(browser.path()).startsWith("/login.xhtml");
    }

    @Test
    void aMemberWritingInCrisisIsHeldKindlyAndShownWhereHelpIs(Browser browser) {
        String title = "Nights " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        Screens.Forum.startTopic(browser, "low-mood", title, "How are your nights going?");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "demo-pass-sereno");
        browser.visit(topicPath);
        TopicScreen topic = new TopicScreen(browser);
        topic.replyAndWaitForPage("Ya no quiero seguir viviendo.");
        assertThat(browser.path()).startsWith("/crisis.xhtml?held=");
        assertThat(Screens.heading(browser)).isEqualTo("Gracias por contárnoslo");
        assertThat(Screens.Crisis.heldNotice(browser)).contains("por ahora solo lo ven tú y los moderadores",
                "Una persona de nuestro equipo de moderación se pondrá en contacto contigo pronto.");
        assertThat(Screens.Crisis.emergencyNumber(browser)).as("Europe/Madrid is Spain").isEqualTo("112");
        assertThat(Screens.Crisis.helplines(browser)).startsWith("024 Línea de atención a la conducta suicida")
                .contains("Teléfono de la Esperanza", "717 003 717");
        browser.screenshot("crisis-writer-held-es");

        Screens.Crisis.backToPost(browser);
        assertThat(browser.path()).startsWith(topicPath);
        assertThat(topic.lastPost()).contains("Esperando a un moderador",
                "Lo que escribes suena muy duro. Un moderador lo leerá pronto");
        assertThat(topic.lastPostLinksToCrisisPage()).isTrue();
        browser.screenshot("forum-crisis-held-es");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "demo-pass-keeper");
        ReviewQueueScreen queue = new ReviewQueueScreen(browser);
        queue.open();
        assertThat(queue.firstItem()).as("first in the queue")
                .contains("Crisis alert", "Words that may mean someone is in crisis", "Ya no quiero seguir viviendo.");
    }
}
