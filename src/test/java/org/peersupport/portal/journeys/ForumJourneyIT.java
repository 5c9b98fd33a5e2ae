package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

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

        assertThat(Screens.globalMessages(browser)).startsWith("Thank you. Your post will appear once a moderator");
        assertThat(browser.text(By.cssSelector(".page-heading .status-chip"))).isEqualTo("Waiting for a moderator");
        browser.screenshot("forum-post-held-en");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        Screens.Queue.claim(browser, title);
        browser.screenshot("moderation-queue-en");
        browser.click(Screens.Queue.control(title, "approve"));
        assertThat(Screens.globalMessages(browser)).isEqualTo("Approved.");
        assertThat(browser.isPresent(Screens.Queue.itemAbout(title))).as("gone from the queue").isFalse();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        Screens.Forum.open(browser, "introductions");
        browser.click(By.linkText(title));
        assertThat(Screens.heading(browser)).isEqualTo(title);
        assertThat(browser.isPresent(By.cssSelector(".page-heading .status-chip"))).as("published").isFalse();
        assertThat(browser.text(Screens.Forum.lastPost())).contains(name, "Hello, I am new and a little nervous.");
    }

    @Test
    void flagsFromTwoMembersHideAPostAndTheAuthorIsToldWhyWithSupport(Browser browser) {
        String title = "Thoughts on routines " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        Screens.Forum.startTopic(browser, "anxiety", title, "Routines are for people who can't think for themselves.");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        browser.visit(topicPath);
        Screens.Forum.flag(browser, Screens.Forum.lastPost(), "Harassment", null);
        assertThat(Screens.globalMessages(browser)).isEqualTo("Thank you. The moderators will look at it.");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).as("one flag does not hide it").isEqualTo(title);
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "miembro-demo-pass");
        browser.visit(topicPath);
        Screens.Forum.flag(browser, Screens.Forum.lastPost(), "Otra cosa", "Se burla de quien necesita rutinas.");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).as("hidden: the topic answers as not found")
                .isEqualTo("No encontramos esa página");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        Screens.Queue.claim(browser, title);
        assertThat(browser.text(Screens.Queue.itemAbout(title))).contains("Flagged post", "Harassment",
                "Se burla de quien necesita rutinas.");
        browser.type(browser.find(Screens.Queue.control(title, "reason")).getDomAttribute("id"),
                "It mocks people who rely on routines. Please speak for yourself.");
        browser.click(Screens.Queue.control(title, "reject"));
        assertThat(Screens.globalMessages(browser)).isEqualTo("Rejected. The author has been told why.");
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        browser.click("bell");
        By notice = By.xpath("//a[contains(@class,'notice__text')][contains(., 'took down your post')]");
        assertThat(browser.text(notice)).contains("It mocks people who rely on routines. Please speak for yourself.",
                "support is one click away");
        browser.submitAndWaitForPage(browser.find(notice).getDomAttribute("id"));
        assertThat(browser.text(By.cssSelector(".post__moderation")))
                .contains("It mocks people who rely on routines.", "you don’t have to wait for anyone here");
        assertThat(browser.isPresent(By.cssSelector(".post__moderation a[href$='/crisis.xhtml']"))).isTrue();
        browser.screenshot("forum-post-removed-author-en");
    }

    @Test
    void aContentWarningCollapsesAPostAndAMemberCanHideSuchPostsAltogether(Browser browser) {
        String title = "Getting through evenings " + Screens.unique();
        Screens.signInAs(browser, "mentor@demo.test", "mentor-demo-pass");
        Screens.Forum.open(browser, "low-mood");
        browser.type("newTopic:title", title)
                .type("newTopic:body", "Last winter I relapsed and hurt myself. What helped was calling my sister.");
        browser.select("newTopic:warning", "SELF_HARM");
        browser.submitAndWaitForPage("newTopic:start");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your topic is up.");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        browser.visit(topicPath);
        By warned = Screens.Forum.postContaining("Content warning: Self-harm");
        By details = new ByChained(warned, By.cssSelector("details.cw"));
        assertThat(browser.find(details).getDomProperty("open")).isEqualTo("false");
        assertThat(browser.find(new ByChained(warned, By.cssSelector(".post__body"))).isDisplayed())
                .as("collapsed").isFalse();
        browser.screenshot("forum-content-warning-en");
        browser.click(new ByChained(warned, By.tagName("summary")));
        assertThat(browser.text(new ByChained(warned, By.cssSelector(".post__body")))).contains("calling my sister");

        browser.visit("/forum/preferences.xhtml");
        browser.click(By.xpath("//label[normalize-space()='Self-harm']"));
        browser.click("preferences:save");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your choices are saved.");
        browser.visit(topicPath);
        assertThat(browser.isPresent(By.cssSelector("article.post"))).as("no card, author or time for the hidden post").isFalse();
        assertThat(browser.text(By.cssSelector(".posts-left-out")))
                .startsWith("One post on this page is not shown: it carries a content warning you chose to hide.");
        assertThat(browser.pageSource()).doesNotContain("calling my sister").doesNotContain("Steady Lantern");
        browser.screenshot("forum-hidden-warning-en");
        Screens.Forum.open(browser, "low-mood");
        assertThat(browser.pageSource()).as("the topic it opens is not listed").doesNotContain(title);
        browser.visit("/forum/search.xhtml?q=" + java.net.URLEncoder.encode("relapsed calling sister", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.pageSource()).as("search leaves it out too").doesNotContain("calling my sister");

        browser.visit("/forum/preferences.xhtml");
        browser.click(By.xpath("//label[normalize-space()='Self-harm']"));
        browser.click("preferences:save");
        browser.visit("/forum/search.xhtml?q=" + java.net.URLEncoder.encode("relapsed calling sister", java.nio.charset.StandardCharsets.UTF_8));
        By hit = By.xpath("//li[contains(@class,'search-hit')][.//a[normalize-space()='" + title + "']]");
        assertThat(browser.text(new ByChained(hit, By.tagName("summary")))).isEqualTo("Content warning: Self-harm. Show the excerpt");
        assertThat(browser.find(new ByChained(hit, By.cssSelector(".search-hit__excerpt"))).isDisplayed())
                .as("the warned excerpt starts collapsed").isFalse();
        browser.screenshot("forum-search-warning-en");
    }

    @Test
    void anAnonymousPostIsRevealedOnlyByAModeratorAndTheRevealIsAudited(Browser browser) {
        String title = "Something I can't say with my name " + Screens.unique();
        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        Screens.Forum.open(browser, "low-mood");
        browser.type("newTopic:title", title).type("newTopic:body", "I have not told anyone at home how low I feel.");
        browser.tick("newTopic:anonymous");
        Screens.Forum.submitTopic(browser);
        assertThat(browser.text(By.cssSelector(".post__author--anonymous"))).startsWith("Anonymous member (you)");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "miembro-demo-pass");
        browser.visit(topicPath);
        assertThat(browser.text(By.cssSelector(".post__author--anonymous"))).isEqualTo("Miembro anónimo");
        assertThat(browser.pageSource()).doesNotContain("Quiet Harbor");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        browser.visit(topicPath);
        assertThat(browser.pageSource()).as("not before the reveal").doesNotContain("Quiet Harbor");
        browser.click(Screens.Forum.inPost(Screens.Forum.lastPost(), "reveal"));
        assertThat(browser.text(By.cssSelector(".revealed"))).isEqualTo("(Quiet Harbor)");
        browser.screenshot("forum-anonymous-revealed-en");
        Screens.signOut(browser);

        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        browser.visit("/admin/audit.xhtml");
        By firstRow = By.cssSelector("tbody[id$='entries_data'] > tr:first-child");
        assertThat(browser.text(firstRow)).contains("Calm Keeper", "Revealed an anonymous author", "POST");
        browser.screenshot("audit-log-en");
    }

    @Test
    void slowModeStopsASecondPostAndKeepsTheText(Browser browser) {
        String title = "A lively debate " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        Screens.Forum.startTopic(browser, "carers", title, "Should carers have their own support plan?");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        browser.visit(topicPath);
        browser.type("slow:minutes_input", "10");
        browser.click("slow:slowOn");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Slow mode is on: one post every 10 minutes per member.");
        Screens.signOut(browser);

        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        browser.visit(topicPath);
        assertThat(browser.text(By.cssSelector("#slowNotice .notice"))).startsWith("Slow mode is on in this topic");
        Screens.Forum.reply(browser, "Yes, I think we need one.");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your reply is up.");
        Screens.Forum.reply(browser, "And another thought straight away.");
        assertThat(Screens.messageNextTo(browser, "reply:body"))
                .isEqualTo("Slow mode is on here. You can post again in 10 minutes. Your text is still in the box.");
        assertThat(browser.value("reply:body")).isEqualTo("And another thought straight away.");
        browser.screenshot("forum-slow-mode-en");
    }

    @Test
    void aMemberOutsideAPrivateGroupGetsNotFoundForItsPagesByAddress(Browser browser) {
        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        browser.visit("/forum/forum.xhtml?slug=recovery-circle");
        assertThat(Screens.heading(browser)).isEqualTo("Thursday recovery circle");
        browser.click(By.linkText("Homework from session 3"));
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "mentor@demo.test", "mentor-demo-pass");
        browser.visit("/forum/forum.xhtml?slug=recovery-circle");
        assertThat(Screens.heading(browser)).isEqualTo("We couldn't find that page");
        browser.visit(topicPath);
        assertThat(Screens.heading(browser)).isEqualTo("We couldn't find that page");
        browser.visit("/forum/search.xhtml?q=homework");
        assertThat(browser.isPresent(By.cssSelector(".search-hit"))).as("no search hit from the group").isFalse();
        browser.visit("/forum/index.xhtml");
        assertThat(browser.isPresent(By.linkText("Thursday recovery circle"))).as("listed by name, not opened").isFalse();
        browser.click(By.xpath("//li[.//*[normalize-space()='Thursday recovery circle']]//button[normalize-space()='Ask to join']"));
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

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        Screens.Queue.claim(browser, title);
        String record = browser.find(new ByChained(Screens.Queue.itemAbout(title), By.linkText("Member record")))
                .getDomAttribute("href");
        browser.visit(record);
        assertThat(Screens.heading(browser)).isEqualTo(name);
        browser.select("sanction:kind", "SUSPENSION");
        browser.type("sanction:days_input", "3");
        browser.type("sanction:reason", "Advertising is not allowed here.");
        browser.click("sanction:apply");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Done. The member has been told.");
        assertThat(browser.text(By.id("history"))).contains("Suspension (no sign-in)", "Advertising is not allowed here.");
        browser.screenshot("moderation-member-record-en");
        Screens.signOut(browser);

        browser.visit("/login.xhtml");
        browser.type("signin:email", email).type("signin:password", PASSPHRASE);
        browser.submitAndWaitForPage("signin:submit");
        assertThat(Screens.globalMessages(browser)).startsWith("The moderators have paused your account until ")
                .contains("(Europe/London)", "Get help now");
        assertThat(browser.path()).startsWith("/login.xhtml");
    }

    @Test
    void aMemberWritingInCrisisIsHeldKindlyAndShownWhereHelpIs(Browser browser) {
        String title = "Nights " + Screens.unique();
        Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
        Screens.Forum.startTopic(browser, "low-mood", title, "How are your nights going?");
        String topicPath = browser.path();
        Screens.signOut(browser);

        Screens.signInAs(browser, "miembro@demo.test", "miembro-demo-pass");
        browser.visit(topicPath);
        browser.type("reply:body", "Ya no quiero seguir viviendo.").submitAndWaitForPage("reply:send");
        assertThat(browser.path()).startsWith("/crisis.xhtml?held=");
        assertThat(Screens.heading(browser)).isEqualTo("Gracias por contárnoslo");
        assertThat(browser.text(By.id("held"))).contains("por ahora solo lo ven tú y los moderadores",
                "Una persona de nuestro equipo de moderación se pondrá en contacto contigo pronto.");
        assertThat(Screens.Crisis.emergencyNumber(browser)).as("Europe/Madrid is Spain").isEqualTo("112");
        assertThat(Screens.Crisis.helplines(browser)).startsWith("024 Línea de atención a la conducta suicida")
                .contains("Teléfono de la Esperanza", "717 003 717");
        browser.screenshot("crisis-writer-held-es");

        browser.click(By.id("backToPost"));
        assertThat(browser.path()).startsWith(topicPath);
        By held = Screens.Forum.lastPost();
        assertThat(browser.text(held)).contains("Esperando a un moderador",
                "Lo que escribes suena muy duro. Un moderador lo leerá pronto");
        assertThat(browser.isPresent(new ByChained(held, By.cssSelector(".post__moderation a[href$='/crisis.xhtml']")))).isTrue();
        browser.screenshot("forum-crisis-held-es");
        Screens.signOut(browser);

        Screens.signInAs(browser, "moderator@demo.test", "moderator-demo-pass");
        browser.visit("/moderation/queue.xhtml");
        assertThat(browser.text(By.cssSelector(".queue-item"))).as("first in the queue")
                .contains("Crisis alert", "Words that may mean someone is in crisis", "Ya no quiero seguir viviendo.");
    }
}
