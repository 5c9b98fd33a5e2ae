package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

    /** Trust level 1 asks ten seconds between one member's posts; a reply sooner would be held, not refused. */
    private static final Duration POSTING_GAP = Duration.ofMillis(10_500);

    @Test
    void someoneAskingHowToHelpAFriendIsShownHowNotHeld(Browser member) throws Exception {
        String token = Screens.unique();
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        Thread.sleep(POSTING_GAP.toMillis());
        String question = "How do I support my friend who says she wants to die? " + token;
        Screens.Forum.startTopic(member, "anxiety", "Helping a friend " + token, question);
        assertThat(member.path()).as("not the crisis page").startsWith("/forum/topic.xhtml");
        TopicScreen topic = new TopicScreen(member);
        assertThat(topic.helperNote()).contains("Thank you for looking out for someone.", "ask them directly");
        assertThat(topic.helperNoteRole()).isEqualTo("status");
        assertThat(topic.showsCheckIn()).as("no check-in about the writer's own state").isFalse();
        assertThat(topic.hasPostContaining(question)).as("published").isTrue();
        member.screenshot("helper-note-en");
    }

    @Test
    void aHopelessReplyIsPublishedWithACheckInAndAModeratorLooksSoon(Browser member) throws Exception {
        String token = Screens.unique();
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            Screens.signInAs(phone, "miembro@demo.test", "demo-pass-sereno");
            Screens.Forum.startTopic(member, "anxiety", "Evenings " + token, "How do you get through the evenings?");
            Screens.Forum.startTopic(phone, "anxiety", "Tardes " + token, "¿Cómo pasáis las tardes?");
            Thread.sleep(POSTING_GAP.toMillis());

            TopicScreen topic = new TopicScreen(member);
            topic.reply("I feel so hopeless these days. " + token);
            topic.waitForCheckIn();
            assertThat(member.path()).as("not the crisis page").startsWith("/forum/topic.xhtml");
            assertThat(topic.checkInRole()).isEqualTo("status");
            assertThat(topic.checkIn()).contains("Thank you for sharing this.", "a moderator will check in with you");
            assertThat(topic.hasPostContaining("I feel so hopeless these days. " + token))
                    .as("published, readable by all").isTrue();
            assertThat(topic.checkInHelpLink()).endsWith("/crisis.xhtml");
            member.screenshot("looksoon-checkin-en");

            TopicScreen phoneTopic = new TopicScreen(phone);
            phoneTopic.reply("Me siento sin esperanza. " + token);
            phoneTopic.waitForCheckIn();
            assertThat(phoneTopic.checkIn()).contains("Gracias por compartir esto.", "Buscar ayuda ahora");
            Object overflow = phone.evaluate("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("fits 390 px").isEqualTo(Boolean.FALSE);
            phoneTopic.scrollToCheckIn();
            phone.screenshot("looksoon-checkin-390-es");
        }

        // In the chat the message is delivered as normal and the same check-in appears, without a reload.
        long chat = DemoMentorship.id();
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "member@demo.test", "demo-pass-harbor");
            for (Browser browser : new Browser[] {member, phone}) {
                ChatScreen chatScreen = new ChatScreen(browser);
                chatScreen.open(chat);
                chatScreen.waitUntilLive();
                assertThat(chatScreen.showsCheckIn()).as("hidden until asked").isFalse();
                chatScreen.send("I can't cope anymore, honestly. " + token);
                chatScreen.waitUntilCheckInShows();
                assertThat(chatScreen.live()).contains("I can't cope anymore, honestly. " + token)
                        .doesNotContain("with our support team");
                assertThat(chatScreen.checkIn()).contains("Thank you for sharing this.", "Find help now");
            }
            member.screenshot("looksoon-chat-checkin-en");
            phone.screenshot("looksoon-chat-checkin-390-en");
        }

        try (Browser moderator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(moderator, "moderator@demo.test", "demo-pass-keeper");
            ReviewQueueScreen queue = new ReviewQueueScreen(moderator);
            queue.open();
            assertThat(queue.lookSoonBanner()).contains("look-soon alert", "less urgent than a crisis");
            moderator.screenshot("looksoon-queue-banner-en");

            queue.openAlertsFromBanner();
            AlertsScreen alerts = new AlertsScreen(moderator);
            alerts.waitForOpenAlerts();
            String words = "I feel so hopeless these days. " + token;
            assertThat(alerts.openAlertMentioning(words)).contains("Look soon", "Quiet Harbor", "crisis-language.yaml: ", "hopeless",
                    "Acknowledge within");
            assertThat(alerts.severityShownOnAlertMentioning(words, "LOOK_SOON")).isTrue();
            moderator.screenshot("looksoon-alerts-en");
            String alertPage = alerts.addressOfAlertMentioning(words);
            alerts.openAlertMentioningIt(words);

            AlertScreen alert = new AlertScreen(moderator);
            alert.waitForIt();
            assertThat(Screens.heading(moderator)).isEqualTo("Look soon: Quiet Harbor");
            assertThat(alert.reason()).startsWith("crisis-language.yaml: ").contains("hopeless");
            assertThat(alert.words()).contains("I feel so hopeless these days.", token);
            assertThat(alert.summary()).contains("Published as written.");
            moderator.screenshot("looksoon-alert-open-en");
            alert.acknowledge();
            assertThat(Screens.globalMessages(moderator)).startsWith("Acknowledged.");
            assertThat(alert.status()).isEqualTo("Acknowledged by Calm Keeper");

            try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
                Screens.signInAs(phone, "moderator@demo.test", "demo-pass-keeper");
                phone.visit(alertPage.substring(alertPage.indexOf("/moderation/")));
                assertThat(Screens.heading(phone)).isEqualTo("Look soon: Quiet Harbor");
                phone.screenshot("looksoon-alert-390-en");
                AlertsScreen phoneAlerts = new AlertsScreen(phone);
                phoneAlerts.open();
                phoneAlerts.scrollToOpenAlerts();
                phone.screenshot("looksoon-alerts-390-en");
            }
        }

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            for (Browser browser : new Browser[] {admin, phone}) {
                Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
                Screens.SafetyReport.open(browser);
                assertThat(Screens.SafetyReport.lookSoonCount(browser)).matches("[1-9]\\d*");
            }
            assertThat(Screens.SafetyReport.headlineFigures(admin)).contains("Look-soon alerts", "counted apart from crises");
            admin.screenshot("looksoon-report-en");
            Screens.SafetyReport.scrollToLookSoonCount(phone);
            phone.screenshot("looksoon-report-390-en");
        }
    }
}
