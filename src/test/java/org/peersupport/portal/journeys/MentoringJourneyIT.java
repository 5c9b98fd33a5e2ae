package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * From an application to a mentorship in three browsers: a member applies to mentor (a form sent
 * empty is refused field by field, and keeps what was typed), a coordinator approves; another
 * member asks for a mentor; the coordinator runs matching and publishes; the mentee reads why the
 * mentor was proposed and chooses; the mentor accepts. Both speak Italian, which no demo mentor
 * does, so the match is theirs whatever else the pool holds.
 */
@ExtendWith(BrowserExtension.class)
class MentoringJourneyIT {

    @Test
    void aMemberAppliesIsApprovedIsMatchedAndAccepted(Browser mentor) {
        String token = Screens.unique();
        String mentorName = "Mentor " + token;
        String menteeName = "Mentee " + token;
        Screens.Registration.join(mentor, "mentor-" + token + "@example.org", "a long enough passphrase", mentorName);
        mentor.visit("/mentoring/index.xhtml");
        mentor.click(By.linkText("Apply to mentor"));
        assertThat(Screens.heading(mentor)).isEqualTo("Apply to be a peer mentor");

        mentor.type("application:bio", "Too short.");
        mentor.click("application:submit");
        assertThat(Screens.messageNextTo(mentor, "application:areas")).isEqualTo("Choose at least one area of lived experience.");
        assertThat(Screens.messageNextTo(mentor, "application:availability"))
                .isEqualTo("Add at least one time in the week when you are usually free.");
        assertThat(Screens.messageNextTo(mentor, "application:agree")).isEqualTo("Please read and agree to the mentor guidelines.");
        assertThat(mentor.value("application:bio")).isEqualTo("Too short.");
        mentor.screenshot("mentor-application-refused-en");

        option(mentor, "application:areas", "Eating disorders");
        option(mentor, "application:areas", "Grief and loss");
        uncheckAll(mentor, "application:languages");
        option(mentor, "application:languages", "Italian");
        option(mentor, "application:availability", "Tue · evening (17–21)");
        option(mentor, "application:availability", "Thu · evening (17–21)");
        mentor.type("application:bio", "I lived with an eating disorder for years and recovered slowly; I listen first and share what helped.");
        mentor.tick("application:agree");
        mentor.click("application:submit");
        assertThat(Screens.globalMessages(mentor)).startsWith("Thank you. Your application is with the coordinators");
        assertThat(mentor.text(By.id("applicationStatus"))).contains("Your application is with the coordinators.");

        try (Browser coordinator = Browser.open(TestServers.portal().baseUrl(), "en");
                Browser mentee = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(coordinator, "admin@demo.test", "admin-demo-pass");
            coordinator.visit("/admin/mentoring.xhtml");
            By application = By.xpath("//article[contains(@class,'application')][.//strong[normalize-space()='" + mentorName + "']]");
            assertThat(coordinator.text(application)).contains("Eating disorders", "Grief and loss", "Italian");
            coordinator.screenshot("coordinator-applications-en");
            coordinator.click(new org.openqa.selenium.support.pagefactory.ByChained(application, By.xpath(".//button[normalize-space()='Approve']")));
            assertThat(Screens.globalMessages(coordinator)).isEqualTo("Approved: they are now a peer mentor.");

            Screens.Registration.join(mentee, "mentee-" + token + "@example.org", "a long enough passphrase", menteeName);
            mentee.visit("/mentoring/request.xhtml");
            option(mentee, "request:needs", "Grief and loss");
            uncheckAll(mentee, "request:languages");
            option(mentee, "request:languages", "Italian");
            option(mentee, "request:availability", "Tue · evening (17–21)");
            mentee.click("request:submit");
            mentee.waitUntil(() -> mentee.path().startsWith("/mentoring/index.xhtml"));
            assertThat(mentee.text(By.id("requestStatus"))).startsWith("Waiting for the next matching round.");

            coordinator.click("coordinator:run");
            assertThat(Screens.globalMessages(coordinator)).startsWith("Matched ").contains("Review the draft below.");
            By proposalRow = By.xpath("//table[@id='proposalTable']//tr[td[1][normalize-space()='" + menteeName + "']]");
            while (!coordinator.isPresent(proposalRow) && coordinator.isPresent(By.id("coordinator:next"))) {
                coordinator.click("coordinator:next");
            }
            assertThat(coordinator.text(proposalRow)).contains(mentorName, "speaks Italian", "1 shared experience area");
            coordinator.screenshot("coordinator-matching-draft-en");
            coordinator.click("coordinator:publish");
            assertThat(Screens.globalMessages(coordinator)).startsWith("Published:");

            mentee.visit("/mentoring/index.xhtml");
            assertThat(mentee.text(By.id("proposals"))).contains(mentorName, "speaks Italian; 1 shared experience area");
            mentee.screenshot("mentee-proposals-en");
            mentee.click(By.xpath("//ol[@id='proposals']/li[1]//button[normalize-space()='Choose this mentor']"));
            assertThat(Screens.globalMessages(mentee)).isEqualTo("Thank you. We have asked the mentor you chose.");

            mentor.visit("/mentoring/index.xhtml");
            assertThat(mentor.text(By.id("offers"))).contains(menteeName);
            mentor.screenshot("mentor-offer-en");
            mentor.click(By.xpath("//section[@id='offers']//button[normalize-space()='Accept']"));
            assertThat(Screens.globalMessages(mentor)).isEqualTo("Accepted: your new mentorship has started.");
            assertThat(mentor.text(By.id("mentorships"))).contains(menteeName, "you mentor them", "Open chat");

            mentee.visit("/mentoring/index.xhtml");
            assertThat(mentee.text(By.id("mentorships"))).contains(mentorName, "your mentor");
            mentee.screenshot("mentee-mentorship-en");
        }
    }

    /** Ticks one option of a PrimeFaces selectManyCheckbox by its label, as a person clicks it. */
    private static void option(Browser browser, String id, String label) {
        browser.click(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"));
    }

    /** Unticks every ticked box of a PrimeFaces selectManyCheckbox (the form starts with the member's language). */
    private static void uncheckAll(Browser browser, String id) {
        for (var box : browser.all(By.cssSelector("[id='" + id + "'] .ui-chkbox-box.ui-state-active"))) {
            box.click();
        }
    }
}
