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
        // The demo group by its name: other journeys start cohorts of the same curriculum.
        member.click(By.xpath("//li[contains(@class,'curriculum-item')][.//p[contains(normalize-space(),'Tuesday evenings, London')]]"
                + "//a[normalize-space()='CBT skills group: eight weeks']"));
        assertThat(member.path()).startsWith("/programmes/cohort.xhtml?id=");
        assertThat(member.all(SESSIONS)).as("the demo group began three weeks ago").hasSizeBetween(4, 5);
        assertThat(member.text(By.id("sessions"))).contains("Session 8:", "6:00", "7:30", "Tuesday");
        assertThat(member.all(By.cssSelector("#myRecord li.record__item"))).hasSize(8);
        assertThat(member.text(By.id("myRecord"))).contains("Session 1: Understanding the CBT model");
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

        String cohortPath = facilitator.path();
        String invitee = "invitee-" + Screens.unique() + "@example.org";
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(member, invitee, "a calm and long passphrase", "Invitee " + Screens.unique());

            facilitator.type("invite:email", "nobody-" + invitee);
            facilitator.submitAndWaitForPage("invite:inviteButton");
            assertThat(Screens.messageNextTo(facilitator, "invite:email")).contains("No member has this e-mail address");
            assertThat(facilitator.value("invite:email")).as("kept to correct").isEqualTo("nobody-" + invitee);
            facilitator.type("invite:email", invitee);
            facilitator.submitAndWaitForPage("invite:inviteButton");
            assertThat(Screens.globalMessages(facilitator)).contains("Invitation sent.");
            assertThat(facilitator.text(By.id("members"))).contains("Invited");

            member.visit(cohortPath);
            assertThat(member.text(By.id("place"))).contains("You are invited to this group.");
            member.submitAndWaitForPage("place:accept");
            assertThat(member.text(By.id("location"))).contains("Room 2, Community Centre");
        }

        facilitator.submitAndWaitForPage("move:moveButton");
        assertThat(Screens.messageNextTo(facilitator, "move:moveSession")).contains("Choose the session to move.");
        assertThat(Screens.messageNextTo(facilitator, "move:moveTo")).contains("Give the new date and time.");
        String firstSession = facilitator.find(By.cssSelector("#move\\:moveSession_input option:nth-child(2)")).getDomProperty("value");
        facilitator.select("move:moveSession", firstSession);
        setMoveTo(facilitator, java.time.LocalDateTime.of(2020, 3, 3, 18, 0));
        facilitator.submitAndWaitForPage("move:moveButton");
        assertThat(Screens.messageNextTo(facilitator, "move:moveTo")).contains("Choose a time still to come.");
        facilitator.visit(cohortPath);
        facilitator.select("move:moveSession", firstSession);
        setMoveTo(facilitator, java.time.LocalDateTime.of(java.time.Year.now().getValue() + 2, 3, 4, 10, 30));
        facilitator.submitAndWaitForPage("move:moveButton");
        assertThat(Screens.globalMessages(facilitator)).as(() -> facilitator.text(By.id("move"))).contains("Session moved");
        assertThat(facilitator.text(By.id("sessions"))).contains("10:30");
        facilitator.screenshot("cohort-staff-forms-en");
    }

    /** Sets the new start through the date picker's own widget, so no panel opens over the buttons. */
    private static void setMoveTo(Browser browser, java.time.LocalDateTime when) {
        browser.evaluate("var w = PrimeFaces.getWidgetById('move:moveTo'); if (w && w.setDate) w.setDate(new Date(" + when.getYear() + ", "
                + (when.getMonthValue() - 1) + ", " + when.getDayOfMonth() + ", " + when.getHour() + ", " + when.getMinute() + "));"
                + " document.getElementById('move:moveTo_input').value = '"
                + when.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "';");
    }
}
