package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Power ends when staff take it away, in sessions already open: two browsers, one for the person,
 * one for the admin who changes their roles or standing while the person's page is open.
 */
@ExtendWith(BrowserExtension.class)
class SessionStandingJourneyIT {

    private static final String PASSPHRASE = "a calm and long passphrase";
    private static final String SESSION_ENDED = "Your account has changed, so we signed you out to keep it safe.";

    @Test
    void aModeratorWhoseRoleIsRemovedIsRefusedAtTheNextRequestAndCannotRevealAnAuthor(Browser person) {
        String name = "Keeper " + Screens.unique();
        String email = "keeper-" + Screens.unique() + "@example.org";
        Screens.Registration.join(person, email, PASSPHRASE, name);
        Screens.signOut(person);

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Roles.signInAsAdminAndFind(admin, name);
            Screens.Roles.toggleRole(admin, name, "Moderator");
            assertThat(Screens.globalMessages(admin)).isEqualTo("Granted Moderator to " + name + ".");
            String title = "Hard to say out loud " + Screens.unique();
            ForumScreen forum = new ForumScreen(admin);
            forum.open("low-mood");
            forum.startAnonymousTopic(title, "Some weeks I cannot get out of bed.");
            String topicPath = admin.path();

            Screens.signInAs(person, email, PASSPHRASE);
            person.visit("/moderation/queue.xhtml");
            assertThat(Screens.heading(person)).as("a moderator now").isEqualTo("Review queue");
            person.visit(topicPath);
            TopicScreen topic = new TopicScreen(person);
            assertThat(topic.offersReveal()).isTrue();

            Screens.Roles.find(admin, name);
            Screens.Roles.toggleRole(admin, name, "Moderator");
            assertThat(Screens.globalMessages(admin)).isEqualTo("Removed Moderator from " + name + ".");

            topic.revealLastPostAuthor();
            person.waitUntil(() -> person.path().startsWith("/login.xhtml"));
            assertThat(person.pageSource()).as("no author revealed").doesNotContain("(Portal Admin)");
            assertThat(Screens.SignIn.sessionEnded(person)).startsWith(SESSION_ENDED);

            person.visit("/moderation/queue.xhtml");
            assertThat(Screens.heading(person)).as("the old session is gone").isEqualTo("Sign in");
            Screens.SignIn.as(person, email, PASSPHRASE);
            assertThat(Screens.heading(person)).as("signed in again, as a member").isEqualTo("This page isn't available to you");
            person.visit(topicPath);
            assertThat(topic.offersReveal()).isFalse();
        }
    }

    @Test
    void aSuspendedMembersNextRequestEndsTheSessionAndTheirReplyIsNotPosted(Browser member) {
        String name = "Restless " + Screens.unique();
        String email = "restless-" + Screens.unique() + "@example.org";
        Screens.Registration.join(member, email, PASSPHRASE, name);

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(admin, "admin@demo.test", "demo-pass-portal");
            String title = "What helps on long evenings " + Screens.unique();
            Screens.Forum.startTopic(admin, "carers", title, "Share what gets you through the evenings.");
            String topicPath = admin.path();

            member.visit(topicPath);
            TopicScreen topic = new TopicScreen(member);
            topic.reply("Walking the dog, mostly.");
            assertThat(Screens.globalMessages(member)).as("a new member's first reply is checked first")
                    .startsWith("Thank you. Your post will appear once a moderator has looked at it");

            ReviewQueueScreen queue = new ReviewQueueScreen(admin);
            queue.claim(title);
            admin.visit(queue.memberRecordOf(title));
            assertThat(Screens.heading(admin)).isEqualTo(name);
            new MemberRecordScreen(admin).suspend("3", "Repeated personal attacks.");
            assertThat(Screens.globalMessages(admin)).isEqualTo("Done. The member has been told.");

            String unposted = "Nobody here understands anything " + Screens.unique();
            topic.reply(unposted);
            member.waitUntil(() -> member.path().startsWith("/login.xhtml"));
            assertThat(Screens.SignIn.sessionEnded(member)).startsWith(SESSION_ENDED);
            member.screenshot("session-ended-en");
            member.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(member)).as("still signed out").isEqualTo("Sign in");

            admin.visit(topicPath);
            assertThat(admin.pageSource()).as("staff see held posts too: nothing was stored").doesNotContain(unposted);
        }
    }
}
