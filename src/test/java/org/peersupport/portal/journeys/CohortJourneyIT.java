package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Members find the demo CBT group under Programmes: the enrolled demo member sees the schedule
 * and the video link; a newcomer sees no link until joining.
 */
@ExtendWith(BrowserExtension.class)
class CohortJourneyIT {

    private static final By SESSIONS = By.cssSelector("#sessions li.curriculum-item");
    private static final String LINK = "https://video.demo.test/cbt-tuesday";

    @Test
    void theEnrolledMemberSeesTheLinkAndANewcomerSeesItOnlyAfterJoining(Browser member) {
        Screens.signInAs(member, "member@demo.test", "member-demo-pass");
        member.click(By.linkText("Programmes"));
        assertThat(Screens.heading(member)).isEqualTo("Group programmes");
        member.click(By.linkText("CBT skills group: eight weeks"));
        assertThat(member.path()).startsWith("/programmes/cohort.xhtml?id=");
        assertThat(member.all(SESSIONS)).hasSize(8);
        assertThat(member.text(By.id("sessions"))).contains("Session 1: Understanding the CBT model", "6:00", "7:30", "Tuesday");
        assertThat(member.text(By.id("location"))).contains(LINK);
        member.screenshot("cohort-enrolled-en");

        String cohortPath = member.path();
        try (Browser newcomer = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(newcomer, "cohort-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                    "Newcomer " + Screens.unique());
            newcomer.visit(cohortPath);
            assertThat(newcomer.text(By.id("location"))).doesNotContain(LINK).contains("shown once you have a place");
            newcomer.submitAndWaitForPage("place:join");
            assertThat(Screens.globalMessages(newcomer)).contains("You have a place. Welcome!");
            assertThat(newcomer.text(By.id("location"))).contains(LINK);
            newcomer.screenshot("cohort-joined-en");
        }
    }

    @Test
    void aFacilitatorStartsACohortFromAPublishedVersion(Browser facilitator) {
        String name = "Thursday mornings " + Screens.unique();
        Screens.signInAs(facilitator, "facilitator@demo.test", "facilitator-demo-pass");
        facilitator.visit("/facilitation/cohorts.xhtml");
        assertThat(Screens.heading(facilitator)).isEqualTo("Your cohorts");
        assertThat(facilitator.text(By.id("mine"))).contains("Tuesday evenings, London", "CBT skills group: eight weeks").containsPattern("Places left: \\d of 8");
        facilitator.screenshot("cohorts-facilitator-en");

        facilitator.type("create:name", name);
        facilitator.type("create:location", "Room 2, Community Centre");
        facilitator.submitAndWaitForPage("create:createButton");
        assertThat(facilitator.path()).startsWith("/programmes/cohort.xhtml?id=");
        assertThat(Screens.globalMessages(facilitator)).contains("Cohort “" + name + "” started with");
        assertThat(facilitator.text(By.id("location"))).contains("Room 2, Community Centre");
        assertThat(facilitator.isPresent(By.id("members"))).isTrue();
        assertThat(facilitator.isPresent(By.id("place:join"))).as("staff run the group, they do not take a place").isFalse();
        facilitator.screenshot("cohort-created-en");
    }
}
