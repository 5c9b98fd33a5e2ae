package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Members find the demo CBT group under Programmes: the enrolled demo member sees the schedule
 * and the video link, a real link to follow; a newcomer sees no link until joining.
 */
@ExtendWith(BrowserExtension.class)
class CohortJourneyIT {

    private static final String LINK = "https://video.demo.test/cbt-tuesday";

    @Test
    void theEnrolledMemberSeesTheLinkAndANewcomerSeesItOnlyAfterJoining(Browser member) {
        Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
        CohortsScreen programmes = new CohortsScreen(member);
        programmes.openProgrammesFromNavigation();
        assertThat(Screens.heading(member)).isEqualTo("Group programmes");
        // The demo group by its name: other journeys start cohorts of the same curriculum.
        programmes.openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
        assertThat(member.path()).startsWith("/programmes/cohort.xhtml?id=");
        CohortScreen cohort = new CohortScreen(member);
        assertThat(cohort.sessionCount()).as("the demo group began three weeks ago").isBetween(4, 5);
        assertThat(cohort.sessions()).contains("Session 8:", "6:00", "7:30", "Tuesday");
        assertThat(cohort.recordCount()).isEqualTo(8);
        assertThat(cohort.myRecord()).contains("Session 1: Understanding the CBT model");
        assertThat(cohort.location()).contains(LINK);
        assertThat(cohort.videoLink()).as("a link to follow, not text to copy; the portal stays open, the other site gets no hold on it")
                .isEqualTo("Join the video session (opens in a new tab) | " + LINK + " | _blank | noopener noreferrer");
        assertThat(cohort.offersHandouts()).as("handouts are the facilitators'").isFalse();
        member.screenshot("cohort-enrolled-en");

        String cohortPath = member.path();
        try (Browser newcomer = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(newcomer, "cohort-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                    "Newcomer " + Screens.unique());
            newcomer.visit(cohortPath);
            CohortScreen newcomersCohort = new CohortScreen(newcomer);
            assertThat(newcomersCohort.location()).doesNotContain(LINK).contains("shown once you have a place");
            assertThat(newcomersCohort.hasVideoLink()).isFalse();
            newcomersCohort.join();
            assertThat(Screens.globalMessages(newcomer)).contains("You have a place. Welcome!");
            assertThat(newcomersCohort.location()).contains(LINK);
            assertThat(newcomersCohort.videoLink()).contains(LINK);
            newcomer.screenshot("cohort-joined-en");

            // Giving up a place may hand it to someone waiting: the page asks first, and Cancel keeps it.
            newcomersCohort.askToLeave();
            ConfirmScreen confirm = new ConfirmScreen(newcomer);
            confirm.waitUntilOpen();
            assertThat(confirm.message()).contains("Give up your place");
            assertThat(confirm.focusedButton()).isEqualTo("Keep my place");
            newcomer.screenshot("cohort-leave-confirm-en");
            confirm.cancel();
            assertThat(newcomersCohort.location()).as("still has a place").contains(LINK);
            newcomersCohort.askToLeave();
            confirm.waitUntilOpen();
            confirm.confirmAndWaitForPage();
            assertThat(newcomersCohort.location()).as("the place given up").doesNotContain(LINK);
            assertThat(newcomersCohort.offersAPlace()).isTrue();
        }
    }

    @Test
    void aFacilitatorStartsACohortFromAPublishedVersion(Browser facilitator) {
        String name = "Thursday mornings " + Screens.unique();
        Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
        CohortsScreen cohorts = new CohortsScreen(facilitator);
        cohorts.openFacilitatorsList();
        assertThat(Screens.heading(facilitator)).isEqualTo("Your cohorts");
        assertThat(cohorts.mine()).contains("Tuesday evenings, London", "CBT skills group: eight weeks").containsPattern("Places left: \\d of 8");
        facilitator.screenshot("cohorts-facilitator-en");

        cohorts.name(name);
        cohorts.location("Room 2, Community Centre");
        cohorts.start();
        assertThat(facilitator.path()).startsWith("/programmes/cohort.xhtml?id=");
        assertThat(Screens.globalMessages(facilitator)).contains("Cohort “" + name + "” started with");
        CohortScreen cohort = new CohortScreen(facilitator);
        assertThat(cohort.location()).contains("Room 2, Community Centre");
        assertThat(cohort.hasVideoLink()).as("a room is no link").isFalse();
        assertThat(cohort.offersHandouts()).isTrue();
        assertThat(cohort.showsMembers()).isTrue();
        assertThat(cohort.offersAPlace()).as("staff run the group, they do not take a place").isFalse();
        facilitator.screenshot("cohort-created-en");

        String cohortPath = facilitator.path();
        String invitee = "invitee-" + Screens.unique() + "@example.org";
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(member, invitee, "a calm and long passphrase", "Invitee " + Screens.unique());

            cohort.invite("nobody-" + invitee);
            assertThat(cohort.messageNextToInvitation()).contains("No member has this e-mail address");
            assertThat(cohort.invitationEmail()).as("kept to correct").isEqualTo("nobody-" + invitee);
            cohort.invite(invitee);
            assertThat(Screens.globalMessages(facilitator)).contains("Invitation sent.");
            assertThat(cohort.members()).contains("Invited");

            member.visit(cohortPath);
            CohortScreen invited = new CohortScreen(member);
            assertThat(invited.place()).contains("You are invited to this group.");
            invited.acceptInvitation();
            assertThat(invited.location()).contains("Room 2, Community Centre");
        }

        cohort.moveSession();
        assertThat(cohort.messageNextToSessionToMove()).contains("Choose the session to move.");
        assertThat(cohort.messageNextToNewTime()).contains("Give the new date and time.");
        String firstSession = cohort.firstSessionToMove();
        cohort.chooseSessionToMove(firstSession);
        cohort.moveTo(java.time.LocalDateTime.of(2020, 3, 3, 18, 0));
        cohort.moveSession();
        assertThat(cohort.messageNextToNewTime()).contains("Choose a time still to come.");
        facilitator.visit(cohortPath);
        cohort.chooseSessionToMove(firstSession);
        cohort.moveTo(java.time.LocalDateTime.of(java.time.Year.now().getValue() + 2, 3, 4, 10, 30));
        cohort.moveSession();
        assertThat(Screens.globalMessages(facilitator)).as(cohort::moveForm).contains("Session moved");
        assertThat(cohort.sessions()).contains("10:30");
        facilitator.screenshot("cohort-staff-forms-en");
    }
}
