package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.DemoMentorship;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The look-soon tier end to end: a member writes that they feel hopeless; the reply is published and
 * they see a calm check-in (not the crisis page), in English on a desktop and in Spanish on a phone.
 * A moderator finds it among the alerts marked "Look soon", with why, opens it and acknowledges it.
 */
@ExtendWith(BrowserExtension.class)
class LookSoonJourneyIT {

    private static final By CHECK_IN = By.id("lookSoonCheckIn");
    private static final By CHAT_CHECK_IN = By.id("chatCheckIn");
    /** Trust level 1 asks ten seconds between one member's posts; a reply sooner would be held, not refused. */
    private static final Duration POSTING_GAP = Duration.ofMillis(10_500);

    @Test
    void someoneAskingHowToHelpAFriendIsShownHowNotHeld(Browser member) throws Exception {
        String token = Screens.unique();
        Screens.signInAs(member, "member@demo.test", "member-demo-pass");
        Thread.sleep(POSTING_GAP.toMillis());
        String question = "How do I support my friend who says she wants to die? " + token;
        Screens.Forum.startTopic(member, "anxiety", "Helping a friend " + token, question);
        assertThat(member.path()).as("not the crisis page").startsWith("/forum/topic.xhtml");
        By note = By.id("helperNote");
        assertThat(member.text(note)).contains("Thank you for looking out for someone.", "ask them directly");
        assertThat(member.find(note).getDomAttribute("role")).isEqualTo("status");
        assertThat(member.isPresent(CHECK_IN)).as("no check-in about the writer's own state").isFalse();
        assertThat(member.isPresent(Screens.Forum.postContaining(question))).as("published").isTrue();
        member.screenshot("helper-note-en");
    }

    @Test
    void aHopelessReplyIsPublishedWithACheckInAndAModeratorLooksSoon(Browser member) throws Exception {
        String token = Screens.unique();
        Screens.signInAs(member, "member@demo.test", "member-demo-pass");
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            Screens.signInAs(phone, "miembro@demo.test", "miembro-demo-pass");
            Screens.Forum.startTopic(member, "anxiety", "Evenings " + token, "How do you get through the evenings?");
            Screens.Forum.startTopic(phone, "anxiety", "Tardes " + token, "¿Cómo pasáis las tardes?");
            Thread.sleep(POSTING_GAP.toMillis());

            Screens.Forum.reply(member, "I feel so hopeless these days. " + token);
            member.find(CHECK_IN);
            assertThat(member.path()).as("not the crisis page").startsWith("/forum/topic.xhtml");
            assertThat(member.find(CHECK_IN).getDomAttribute("role")).isEqualTo("status");
            assertThat(member.text(CHECK_IN)).contains("Thank you for sharing this.", "a moderator will check in with you");
            assertThat(member.isPresent(Screens.Forum.postContaining("I feel so hopeless these days. " + token)))
                    .as("published, readable by all").isTrue();
            assertThat(member.find(new ByChained(CHECK_IN, By.linkText("Find help now"))).getDomAttribute("href"))
                    .endsWith("/crisis.xhtml");
            member.screenshot("looksoon-checkin-en");

            Screens.Forum.reply(phone, "Me siento sin esperanza. " + token);
            phone.find(CHECK_IN);
            assertThat(phone.text(CHECK_IN)).contains("Gracias por compartir esto.", "Buscar ayuda ahora");
            Object overflow = phone.evaluate("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("fits 390 px").isEqualTo(Boolean.FALSE);
            phone.evaluate("document.getElementById('lookSoonCheckIn').scrollIntoView();");
            phone.screenshot("looksoon-checkin-390-es");
        }

        // In the chat the message is delivered as normal and the same check-in appears, without a reload.
        String chat = "/mentoring/chat.xhtml?id=" + DemoMentorship.id();
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "member@demo.test", "member-demo-pass");
            for (Browser browser : new Browser[] {member, phone}) {
                browser.visit(chat);
                browser.waitUntil(() -> browser.text(By.id("chatStatus")).equals("Live"));
                assertThat(browser.find(CHAT_CHECK_IN).isDisplayed()).as("hidden until asked").isFalse();
                browser.type("compose:text", "I can't cope anymore, honestly. " + token);
                browser.find(By.id("compose:send")).click();
                browser.waitUntil(() -> browser.find(CHAT_CHECK_IN).isDisplayed());
                assertThat(browser.text(By.id("chatLive"))).contains("I can't cope anymore, honestly. " + token)
                        .doesNotContain("with our support team");
                assertThat(browser.text(CHAT_CHECK_IN)).contains("Thank you for sharing this.", "Find help now");
            }
            member.screenshot("looksoon-chat-checkin-en");
            phone.screenshot("looksoon-chat-checkin-390-en");
        }

        try (Browser moderator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(moderator, "moderator@demo.test", "moderator-demo-pass");
            moderator.visit("/moderation/queue.xhtml");
            assertThat(moderator.text(By.id("lookSoonBanner"))).contains("look-soon alert", "less urgent than a crisis");
            moderator.screenshot("looksoon-queue-banner-en");

            moderator.click(new ByChained(By.id("lookSoonBanner"), By.linkText("Open the alerts")));
            moderator.find(By.id("open"));
            By row = By.xpath("//table[@id='open']//tr[contains(., 'I feel so hopeless these days. " + token + "')]");
            assertThat(moderator.text(row)).contains("Look soon", "Quiet Harbor", "crisis-language.yaml: ", "hopeless",
                    "Acknowledge within");
            assertThat(moderator.find(new ByChained(row, By.cssSelector(".severity--LOOK_SOON"))).isDisplayed()).isTrue();
            moderator.screenshot("looksoon-alerts-en");
            String alertPage = moderator.find(new ByChained(row, By.linkText("Open"))).getDomAttribute("href");
            moderator.click(new ByChained(row, By.linkText("Open")));

            moderator.find(By.id("ack:acknowledge"));
            assertThat(Screens.heading(moderator)).isEqualTo("Look soon: Quiet Harbor");
            assertThat(moderator.text(By.id("reason"))).startsWith("crisis-language.yaml: ").contains("hopeless");
            assertThat(moderator.text(By.cssSelector(".alert-summary__text"))).contains("I feel so hopeless these days.", token);
            assertThat(moderator.text(By.id("summary"))).contains("Published as written.");
            moderator.screenshot("looksoon-alert-open-en");
            moderator.submitAndWaitForPage("ack:acknowledge");
            assertThat(Screens.globalMessages(moderator)).startsWith("Acknowledged.");
            assertThat(moderator.text(By.id("status"))).isEqualTo("Acknowledged by Calm Keeper");

            try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
                Screens.signInAs(phone, "moderator@demo.test", "moderator-demo-pass");
                phone.visit(alertPage.substring(alertPage.indexOf("/moderation/")));
                assertThat(Screens.heading(phone)).isEqualTo("Look soon: Quiet Harbor");
                phone.screenshot("looksoon-alert-390-en");
                phone.visit("/moderation/alerts.xhtml");
                phone.evaluate("document.getElementById('open').scrollIntoView();");
                phone.screenshot("looksoon-alerts-390-en");
            }
        }

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            for (Browser browser : new Browser[] {admin, phone}) {
                Screens.signInAs(browser, "admin@demo.test", "admin-demo-pass");
                browser.visit("/admin/safety-report.xhtml");
                assertThat(browser.text(By.id("figureLookSoon"))).matches("[1-9]\\d*");
            }
            assertThat(admin.text(By.id("figures"))).contains("Look-soon alerts", "counted apart from crises");
            admin.screenshot("looksoon-report-en");
            phone.evaluate("document.getElementById('figureLookSoon').scrollIntoView();");
            phone.screenshot("looksoon-report-390-en");
        }
    }
}
