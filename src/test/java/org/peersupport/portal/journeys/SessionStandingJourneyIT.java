package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
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
            admin.click(Screens.Roles.toggle(name, "Moderator"));
            assertThat(Screens.globalMessages(admin)).isEqualTo("Granted Moderator to " + name + ".");
            String title = "Hard to say out loud " + Screens.unique();
            Screens.Forum.open(admin, "low-mood");
            admin.type("newTopic:title", title).type("newTopic:body", "Some weeks I cannot get out of bed.");
            admin.tick("newTopic:anonymous");
            Screens.Forum.submitTopic(admin);
            String topicPath = admin.path();

            Screens.signInAs(person, email, PASSPHRASE);
            person.visit("/moderation/queue.xhtml");
            assertThat(Screens.heading(person)).as("a moderator now").isEqualTo("Review queue");
            person.visit(topicPath);
            By reveal = Screens.Forum.inPost(Screens.Forum.lastPost(), "reveal");
            assertThat(person.isPresent(reveal)).isTrue();

            findOnRolesPage(admin, name);
            admin.click(Screens.Roles.toggle(name, "Moderator"));
            assertThat(Screens.globalMessages(admin)).isEqualTo("Removed Moderator from " + name + ".");

            person.click(reveal);
            person.waitUntil(() -> person.path().startsWith("/login.xhtml"));
            assertThat(person.pageSource()).as("no author revealed").doesNotContain("(Portal Admin)");
            assertThat(person.text(By.id("sessionEnded"))).startsWith(SESSION_ENDED);

            person.visit("/moderation/queue.xhtml");
            assertThat(Screens.heading(person)).as("the old session is gone").isEqualTo("Sign in");
            Screens.SignIn.as(person, email, PASSPHRASE);
            assertThat(Screens.heading(person)).as("signed in again, as a member").isEqualTo("This page isn't available to you");
            person.visit(topicPath);
            assertThat(person.isPresent(reveal)).isFalse();
        }
    }

    @Test
    void aSuspendedMembersNextRequestEndsTheSessionAndTheirReplyIsNotPosted(Browser member) {
        String name = "Restless " + Screens.unique();
        String email = "restless-" + Screens.unique() + "@example.org";
        Screens.Registration.join(member, email, PASSPHRASE, name);

        try (Browser admin = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(admin, "admin@demo.test", "admin-demo-pass");
            String title = "What helps on long evenings " + Screens.unique();
            Screens.Forum.startTopic(admin, "carers", title, "Share what gets you through the evenings.");
            String topicPath = admin.path();

            member.visit(topicPath);
            Screens.Forum.reply(member, "Walking the dog, mostly.");
            assertThat(Screens.globalMessages(member)).as("a new member's first reply is checked first")
                    .startsWith("Thank you. Your post will appear once a moderator has looked at it");

            Screens.Queue.claim(admin, title);
            admin.visit(admin.find(new ByChained(Screens.Queue.itemAbout(title), By.linkText("Member record"))).getDomAttribute("href"));
            assertThat(Screens.heading(admin)).isEqualTo(name);
            admin.select("sanction:kind", "SUSPENSION");
            admin.type("sanction:days_input", "3");
            admin.type("sanction:reason", "Repeated personal attacks.");
            admin.click("sanction:apply");
            assertThat(Screens.globalMessages(admin)).isEqualTo("Done. The member has been told.");

            String unposted = "Nobody here understands anything " + Screens.unique();
            Screens.Forum.reply(member, unposted);
            member.waitUntil(() -> member.path().startsWith("/login.xhtml"));
            assertThat(member.text(By.id("sessionEnded"))).startsWith(SESSION_ENDED);
            member.screenshot("session-ended-en");
            member.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(member)).as("still signed out").isEqualTo("Sign in");

            admin.visit(topicPath);
            assertThat(admin.pageSource()).as("staff see held posts too: nothing was stored").doesNotContain(unposted);
        }
    }

    private static void findOnRolesPage(Browser admin, String displayName) {
        admin.visit("/admin/roles.xhtml");
        admin.type("roles:search", displayName);
        admin.waitUntil(() -> admin.all(By.cssSelector("tbody[id$='people_data'] > tr")).size() == 1);
    }
}
