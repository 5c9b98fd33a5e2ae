package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Issue 16: a person who uses only the keyboard signs in, finds a topic in a forum's list, opens it
 * with Enter, replies, and is left on the reply they wrote; the topic's starter is told who replied
 * where, by a notice that is a link. Nothing here is clicked: Tab, typing and Enter only.
 */
@ExtendWith(BrowserExtension.class)
class KeyboardJourneyIT {

    /** Tab presses from the top of a topic's page to its reply box: the header, the topic's "Write a reply", the box. */
    private static final int REPLY_BOX_WITHIN = 25;

    @Test
    void aMemberSignsInOpensATopicFromTheListAndRepliesWithTheKeyboardOnly(Browser browser) {
        String title = "Keyboard check " + Screens.unique();
        try (Browser starter = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(starter, "admin@demo.test", "demo-pass-portal");
            Screens.Forum.startTopic(starter, "carers", title, "Does anyone else find evenings the hardest?");
        }
        KeyboardScreen keyboard = new KeyboardScreen(browser);

        browser.visit("/login.xhtml");
        keyboard.tabToField("signin:email");
        keyboard.type("mentor@demo.test");
        keyboard.tabToField("signin:password");
        keyboard.type("demo-pass-lantern");
        keyboard.tabToButton("Sign in");
        keyboard.enterAndWaitForPage();
        assertThat(browser.path()).startsWith("/member/dashboard.xhtml");

        keyboard.tabToLink("Forums");
        keyboard.enterAndWaitForPage();
        keyboard.tabToLink("Family and carers");
        keyboard.enterAndWaitForPage();
        keyboard.tabToLink(title);
        browser.screenshot("keyboard-topic-list-focus-en");
        keyboard.enterAndWaitForPage();
        assertThat(Screens.heading(browser)).as("Enter on the topic's link opens it").isEqualTo(title);
        TopicScreen topic = new TopicScreen(browser);
        assertThat(topic.focusablePosts()).as("no post is focusable before a reply").isZero();

        keyboard.resetCount();
        keyboard.tabToLink("Write a reply");
        keyboard.enter();
        keyboard.tabToField("reply:body");
        System.out.println("KeyboardJourneyIT: " + keyboard.tabsPressed() + " Tab presses from the top of a topic to its reply box");
        assertThat(keyboard.tabsPressed()).as("Tab presses from the top of the topic to its reply box")
                .isLessThanOrEqualTo(REPLY_BOX_WITHIN);
        keyboard.type("Evenings, yes. A short walk after dinner helps me.");
        keyboard.tabToButton("Post reply");
        keyboard.enter();

        KeyboardScreen.Focus focus = keyboard.focusOnceSettled(f -> "article".equals(f.tag()));
        assertThat(focus.tag()).as("the focus is on the new reply, not the top of the page").isEqualTo("article");
        assertThat(focus.id()).startsWith("post-");
        assertThat(focus.text()).as("what a screen reader reads from it")
                .startsWith("Your reply is up.").contains("Steady Lantern", "A short walk after dinner helps me.");
        assertThat(topic.focusablePosts()).as("only the new reply").isEqualTo(1);
        browser.screenshot("keyboard-reply-focused-en");

        Screens.signOut(browser);
        Screens.signInAs(browser, "admin@demo.test", "demo-pass-portal");
        NoticesScreen notices = new NoticesScreen(browser);
        notices.open();
        String notice = "Steady Lantern replied to your topic “" + title + "”.";
        assertThat(notices.notice(title)).isEqualTo(notice);
        assertThat(notices.isUnread(title)).as("marked unread in words, not by colour alone").isTrue();
        assertThat(notices.looksLikeALink(title)).as("underlined, as links are").isTrue();
        browser.screenshot("notifications-named-en");
        notices.follow(title);
        assertThat(Screens.heading(browser)).isEqualTo(title);
    }

    @Test
    void aTopicAndTheNoticesFitAPhoneWithoutSidewaysScrolling() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "member@demo.test", "demo-pass-harbor");
            ForumScreen forum = new ForumScreen(phone);
            assertThat(forum.windowWidth()).as("a phone's width, not headless Chromium's 500-px minimum").isEqualTo(390);
            forum.openIndex();
            assertThat(forum.sidewaysScroll()).as("the forums and groups").isZero();
            phone.screenshot("phone-forum-index-en");
            forum.open("anxiety");
            assertThat(forum.sidewaysScroll()).as("the forum's topic list").isZero();
            phone.screenshot("phone-forum-en");
            forum.openTopic("What helps you in the first minute of panic?");
            assertThat(forum.sidewaysScroll()).as("the topic").isZero();
            phone.screenshot("phone-topic-en");
            forum.scrollToBottom();
            phone.screenshot("phone-topic-reply-en");
            new NoticesScreen(phone).open();
            assertThat(forum.sidewaysScroll()).as("the notifications").isZero();
            phone.screenshot("phone-notifications-en");
        }
    }
}
