package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.ChatPairs;
import org.peersupport.portal.testsupport.DemoMentorship;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A mentor and their mentee chat live in two browsers: a message appears on the other side
 * without a reload and is marked seen; a crisis message is held, its writer is pointed to help at
 * once, the mentor sees only a calm placeholder, and the moderators see the alert.
 */
@ExtendWith(BrowserExtension.class)
class MentorChatJourneyIT {

    private static final By LIVE = By.id("chatLive");
    private static final By STATUS = By.id("chatStatus");

    @Test
    void aMessageArrivesLiveIsSeenAndACrisisMessageIsHeldCalmly(Browser mentor) throws SQLException {
        String chat = "/mentoring/chat.xhtml?id=" + DemoMentorship.id();
        Screens.signInAs(mentor, "mentor@demo.test", "mentor-demo-pass");
        mentor.visit(chat);
        assertThat(Screens.heading(mentor)).isEqualTo("Chat with Quiet Harbor");
        mentor.waitUntil(() -> mentor.text(STATUS).equals("Live"));

        String token = Screens.unique();
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(member, "member@demo.test", "member-demo-pass");
            member.visit(chat);
            assertThat(Screens.heading(member)).isEqualTo("Chat with Steady Lantern");
            assertThat(member.text(By.id("chatUnread"))).as("the demo's two unread messages").isEqualTo("New messages");
            member.waitUntil(() -> member.text(STATUS).equals("Live"));
            member.screenshot("mentor-chat-unread-en");

            mentor.type("compose:text", "How did the walk go? <b>" + token + "</b>");
            mentor.find(By.id("compose:send")).click();
            member.waitUntil(() -> member.text(LIVE).contains(token));
            assertThat(member.text(By.cssSelector("#chatLive .chat-line--theirs .chat-line__body")))
                    .as("shown as text, never as markup").isEqualTo("How did the walk go? <b>" + token + "</b>");
            mentor.waitUntil(() -> mentor.value("compose:text").isEmpty()); // cleared once the server took it
            mentor.waitUntil(() -> mentor.isPresent(By.id("chatSeen")));
            assertThat(mentor.text(By.cssSelector("#chatLive .chat-line--mine:last-child .chat-seen"))).isEqualTo("Seen");
            mentor.screenshot("mentor-chat-seen-en");

            member.type("compose:text", "I want to kill myself tonight " + token);
            member.find(By.id("compose:send")).click();
            member.waitUntil(() -> member.text(LIVE).contains("with our support team"));
            By ownHeld = By.cssSelector("#chatLive .chat-line--mine.chat-line--held");
            assertThat(member.text(ownHeld)).contains("I want to kill myself tonight " + token,
                    "Your message is with our support team; someone will reach out soon. If you are in danger now:", "Get help now");
            assertThat(member.find(new org.openqa.selenium.support.pagefactory.ByChained(ownHeld, By.linkText("Get help now")))
                    .getAttribute("href")).endsWith("/crisis.xhtml");
            member.screenshot("mentor-chat-held-writer-en");

            mentor.waitUntil(() -> mentor.text(LIVE).contains("A message is with our support team"));
            assertThat(mentor.text(LIVE)).as("the mentor never sees the words").doesNotContain("kill myself");
            mentor.screenshot("mentor-chat-held-other-en");

            mentor.visit(chat);
            assertThat(mentor.text(By.id("chat"))).as("after a reload too").contains(token, "A message is with our support team")
                    .doesNotContain("kill myself");
        }

        try (Browser moderator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(moderator, "moderator@demo.test", "moderator-demo-pass");
            moderator.visit("/moderation/alerts.xhtml");
            By row = By.xpath("//table[@id='open']//tr[contains(., '" + token + "')]");
            assertThat(moderator.text(row)).contains("High", "Quiet Harbor");
            moderator.screenshot("mentor-chat-alert-moderator-en");
        }
    }

    /**
     * A new pair whose chat starts empty: each side types, by Enter and by Send, and the other sees
     * it without a reload; "No messages yet" goes on both sides once there is a message; "Seen" only
     * once the other page has shown it; a crisis message's calm placeholder reaches the mentor live.
     */
    @Test
    void aNewPairChatsLiveBothWaysWithoutReloading(Browser mentor) throws SQLException {
        ChatPairs pair = ChatPairs.create(System.getProperty("portal.test.db.url"), System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"), "chat-journey-" + Screens.unique(), "Chat Journey", 1);
        String chat = "/mentoring/chat.xhtml?id=" + pair.mentorship(0);
        String token = letters(Screens.unique()); // digits could read as a phone number to the safety screen
        Screens.signInAs(mentor, pair.mentorEmail(0), ChatPairs.PASSWORD);
        mentor.visit(chat);
        assertThat(mentor.text(By.id("chat"))).contains(EMPTY);
        mentor.waitUntil(() -> mentor.text(STATUS).equals("Live"));
        mentor.evaluate("window.chatJourneyNotReloaded = true;");

        try (Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(mentee, pair.menteeEmail(0), ChatPairs.PASSWORD);
            mentee.visit(chat);
            assertThat(mentee.text(By.id("chat"))).contains(EMPTY);
            mentee.waitUntil(() -> mentee.text(STATUS).equals("Live"));
            mentee.evaluate("window.chatJourneyNotReloaded = true;");

            mentor.type("compose:text", "Hello, welcome " + token);
            mentor.find(By.id("compose:text")).sendKeys(Keys.ENTER);
            mentee.waitUntil(() -> mentee.text(LIVE).contains("Hello, welcome " + token));
            mentor.waitUntil(() -> mentor.text(LIVE).contains("Hello, welcome " + token));
            assertThat(mentor.text(By.id("chat"))).as("the writer's page once there is a message").doesNotContain(EMPTY);
            assertThat(mentee.text(By.id("chat"))).as("the reader's page too").doesNotContain(EMPTY);
            mentor.waitUntil(() -> mentor.isPresent(By.id("chatSeen"))); // the mentee's page showed it and said so
            mentee.screenshot("mentor-chat-new-pair-first-message-en");

            mentee.type("compose:text", "Thank you " + token);
            mentee.find(By.id("compose:send")).click();
            mentor.waitUntil(() -> mentor.text(LIVE).contains("Thank you " + token));
            mentee.waitUntil(() -> mentee.isPresent(By.id("chatSeen")));

            mentee.type("compose:text", "I want to kill myself tonight " + token);
            mentee.find(By.id("compose:send")).click();
            mentor.waitUntil(() -> mentor.text(LIVE).contains("A message is with our support team"));
            assertThat(mentor.text(LIVE)).as("the mentor never sees the words").doesNotContain("kill myself");
            mentee.waitUntil(() -> mentee.text(LIVE).contains("with our support team"));
            assertThat(mentor.all(By.cssSelector("#chat li.chat-line"))).as("each message once on the mentor's page").hasSize(3);
            assertThat(mentee.all(By.cssSelector("#chat li.chat-line"))).as("and on the mentee's").hasSize(3);
            assertThat(mentor.all(By.cssSelector("#chatLive .chat-line__body"))).extracting(e -> e.getText())
                    .as("in the order written").containsExactly("Hello, welcome " + token, "Thank you " + token);
            assertThat(mentor.evaluate("return window.chatJourneyNotReloaded === true;")).as("no reload on the mentor's side").isEqualTo(true);
            assertThat(mentee.evaluate("return window.chatJourneyNotReloaded === true;")).as("nor on the mentee's").isEqualTo(true);
            mentor.screenshot("mentor-chat-new-pair-live-en");
        }
    }

    private static final String EMPTY = "No messages yet. A short hello is a good start.";

    private static String letters(String hex) {
        StringBuilder word = new StringBuilder();
        hex.chars().forEach(c -> word.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
        return word.toString();
    }
}
