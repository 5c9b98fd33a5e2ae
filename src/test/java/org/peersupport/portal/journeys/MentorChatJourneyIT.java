package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

    @Test
    void aMessageArrivesLiveIsSeenAndACrisisMessageIsHeldCalmly(Browser mentor) throws SQLException {
        long chat = DemoMentorship.id();
        Screens.signInAs(mentor, "mentor@demo.test", "demo-pass-lantern");
        ChatScreen mentorChat = new ChatScreen(mentor);
        mentorChat.open(chat);
        assertThat(Screens.heading(mentor)).isEqualTo("Chat with Quiet Harbor");
        mentorChat.waitUntilLive();

        String token = Screens.unique();
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
            ChatScreen memberChat = new ChatScreen(member);
            memberChat.open(chat);
            assertThat(Screens.heading(member)).isEqualTo("Chat with Steady Lantern");
            assertThat(memberChat.unreadMarker()).as("the demo's two unread messages").isEqualTo("New messages");
            memberChat.waitUntilLive();
            member.screenshot("mentor-chat-unread-en");

            mentorChat.send("How did the walk go? <b>" + token + "</b>");
            memberChat.waitUntilLiveShows(token);
            assertThat(memberChat.lastTheirsBody())
                    .as("shown as text, never as markup").isEqualTo("How did the walk go? <b>" + token + "</b>");
            mentorChat.waitUntilComposeCleared();
            mentorChat.waitUntilSeen();
            assertThat(mentorChat.seenMarkOnLastOwn()).isEqualTo("Seen");
            mentor.screenshot("mentor-chat-seen-en");

            memberChat.send("I want to kill myself tonight " + token);
            memberChat.waitUntilLiveShows("with our support team");
            assertThat(memberChat.ownHeldMessage()).contains("I want to kill myself tonight " + token,
                    "Your message is with our support team; someone will reach out soon. If you are in danger now:", "Get help now");
            assertThat(memberChat.ownHeldMessageHelpLink()).endsWith("/crisis.xhtml");
            member.screenshot("mentor-chat-held-writer-en");

            mentorChat.waitUntilLiveShows("A message is with our support team");
            assertThat(mentorChat.live()).as("the mentor never sees the words").doesNotContain("kill myself");
            mentor.screenshot("mentor-chat-held-other-en");

            mentorChat.open(chat);
            assertThat(mentorChat.conversation()).as("after a reload too").contains(token, "A message is with our support team")
                    .doesNotContain("kill myself");
        }

        try (Browser moderator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(moderator, "moderator@demo.test", "demo-pass-keeper");
            AlertsScreen alerts = new AlertsScreen(moderator);
            alerts.open();
            assertThat(alerts.openAlertMentioning(token)).contains("High", "Quiet Harbor");
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
        long chat = pair.mentorship(0);
        String token = letters(Screens.unique()); // digits could read as a phone number to the safety screen
        Screens.signInAs(mentor, pair.mentorEmail(0), ChatPairs.PASSWORD);
        ChatScreen mentorChat = new ChatScreen(mentor);
        mentorChat.open(chat);
        assertThat(mentorChat.conversation()).contains(EMPTY);
        mentorChat.waitUntilLive();
        mentorChat.markPage();

        try (Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(mentee, pair.menteeEmail(0), ChatPairs.PASSWORD);
            ChatScreen menteeChat = new ChatScreen(mentee);
            menteeChat.open(chat);
            assertThat(menteeChat.conversation()).contains(EMPTY);
            menteeChat.waitUntilLive();
            menteeChat.markPage();

            mentorChat.sendByEnter("Hello, welcome " + token);
            menteeChat.waitUntilLiveShows("Hello, welcome " + token);
            mentorChat.waitUntilLiveShows("Hello, welcome " + token);
            assertThat(mentorChat.conversation()).as("the writer's page once there is a message").doesNotContain(EMPTY);
            assertThat(menteeChat.conversation()).as("the reader's page too").doesNotContain(EMPTY);
            mentorChat.waitUntilSeen(); // the mentee's page showed it and said so
            mentee.screenshot("mentor-chat-new-pair-first-message-en");

            menteeChat.send("Thank you " + token);
            mentorChat.waitUntilLiveShows("Thank you " + token);
            menteeChat.waitUntilSeen();

            menteeChat.send("I want to kill myself tonight " + token);
            mentorChat.waitUntilLiveShows("A message is with our support team");
            assertThat(mentorChat.live()).as("the mentor never sees the words").doesNotContain("kill myself");
            menteeChat.waitUntilLiveShows("with our support team");
            assertThat(mentorChat.lineCount()).as("each message once on the mentor's page").isEqualTo(3);
            assertThat(menteeChat.lineCount()).as("and on the mentee's").isEqualTo(3);
            assertThat(mentorChat.liveBodies())
                    .as("in the order written").containsExactly("Hello, welcome " + token, "Thank you " + token);
            assertThat(mentorChat.pageIsStillMarked()).as("no reload on the mentor's side").isTrue();
            assertThat(menteeChat.pageIsStillMarked()).as("nor on the mentee's").isTrue();
            mentor.screenshot("mentor-chat-new-pair-live-en");
        }
    }

    /**
     * On a phone (390 x 844) the chat is no wider than the screen, also with a long word in it; new
     * messages come into a polite log region that holds a plain list (no list carries a role).
     */
    @Test
    void theChatFitsAPhoneAndNewMessagesAreAnnouncedPolitely(Browser mentor) throws SQLException {
        ChatPairs pair = ChatPairs.create(System.getProperty("portal.test.db.url"), System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"), "chat-phone-" + Screens.unique(), "Chat Phone", 1);
        long chat = pair.mentorship(0);
        String token = letters(Screens.unique());
        Screens.signInAs(mentor, pair.mentorEmail(0), ChatPairs.PASSWORD);
        ChatScreen mentorChat = new ChatScreen(mentor);
        mentorChat.open(chat);
        mentorChat.waitUntilLive();
        assertThat(mentorChat.liveRegion()).isEqualTo("log polite ol");
        assertThat(mentorChat.listsWithLogRole()).as("no list carries a role").isZero();

        try (Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(mentee, pair.menteeEmail(0), ChatPairs.PASSWORD);
            ChatScreen menteeChat = new ChatScreen(mentee);
            menteeChat.open(chat);
            menteeChat.waitUntilLive();
            assertThat(menteeChat.scrollsSideways()).as("no sideways scroll on a phone").isFalse();

            mentorChat.send("Good evening " + token + ", how are you? Averyveryverylongwordwithoutanyspacesatall" + token + token + token);
            menteeChat.waitUntilLiveShows("Good evening " + token);
            menteeChat.send("Better today, thank you " + token);
            mentorChat.waitUntilLiveShows("Better today, thank you " + token);
            menteeChat.waitUntilLiveShows("Better today, thank you " + token);
            assertThat(menteeChat.scrollsSideways()).as("nor with messages in it").isFalse();
            assertThat(menteeChat.liveRegion()).isEqualTo("log polite ol");
            mentee.screenshot("mentor-chat-390-en");
            mentor.screenshot("mentor-chat-1280-en");
        }
    }

    private static final String EMPTY = "No messages yet. A short hello is a good start.";

    private static String letters(String hex) {
        StringBuilder word = new StringBuilder();
        hex.chars().forEach(c -> word.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
        return word.toString();
    }
}
