package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The whole programme journey: a facilitator writes and publishes a five-session curriculum and
 * starts a cohort of it that began three weeks ago (so its first sessions have been held); a member
 * joins; the facilitator takes attendance on a phone, and for an earlier session by keyboard alone; the member sees their progress bar move and
 * keeps homework with a private reflection; the facilitator reads it on the figures page with the
 * chart and the members at risk; to another facilitator the cohort's figures and sheet are not there.
 */
@ExtendWith(BrowserExtension.class)
class GroupProgrammeJourneyIT {

    @Test
    void aFacilitatorPublishesRunsAndTakesAttendanceAndTheMembersProgressMoves(Browser facilitator) {
        String programme = "Coping with low mood " + Screens.unique();
        String cohortName = "Past Tuesdays " + Screens.unique();
        String memberName = "Attender " + Screens.unique();
        String reflection = "Catching the thought before it ran away helped " + Screens.unique();

        Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
        CurriculumScreen curriculum = new CurriculumScreen(facilitator);
        curriculum.create(programme, "Adults with low mood on the waiting list");
        String[] sessions = {"Mood and activity", "Planning small steps", "Noticing thoughts", "Problem solving", "Keeping well"};
        for (String title : sessions) {
            curriculum.addSession(title, "About " + title.toLowerCase(), "Why **" + title + "** helps.",
                    "Try one small step.");
        }
        curriculum.publish();
        assertThat(Screens.globalMessages(facilitator)).contains("Published as version 1.");

        CohortsScreen cohorts = new CohortsScreen(facilitator);
        cohorts.openFacilitatorsList();
        cohorts.chooseVersionOf(programme);
        cohorts.name(cohortName);
        cohorts.location("Room 4, Community Centre");
        cohorts.startingOn(LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(3));
        cohorts.start();
        assertThat(facilitator.path()).as("cohort created: %s", cohorts.refusal()).startsWith("/programmes/cohort.xhtml?id=");
        String cohortPath = facilitator.path();
        String cohortId = cohortPath.replaceFirst(".*id=", "");
        CohortScreen staffView = new CohortScreen(facilitator);
        assertThat(staffView.staffProgress()).contains("Take attendance");
        assertThat(Screens.heading(facilitator)).isEqualTo(programme);
        assertThat(staffView.sessionCount()).as("the first sessions have been held").isLessThan(3);

        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(member, "attender-" + Screens.unique() + "@example.org", "a calm and long passphrase", memberName);
            member.visit(cohortPath);
            CohortScreen cohort = new CohortScreen(member);
            cohort.join();
            assertThat(cohort.progress()).isEqualTo("0 of 5 sessions attended");

            try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
                Screens.signInAs(phone, "facilitator@demo.test", "demo-pass-circle");
                AttendanceScreen attendance = new AttendanceScreen(phone);
                attendance.open(cohortId);
                assertThat(Screens.heading(phone)).startsWith("Attendance: session ");
                assertThat(attendance.count()).isEqualTo("0 of 1 marked");
                attendance.mark(memberName, "Present");
                assertThat(attendance.savedNote(memberName)).as("saved today: the time alone")
                        .matches("Saved \\d{1,2}:\\d{2}(.?[AP]M)?");
                assertThat(attendance.count()).isEqualTo("1 of 1 marked");
                assertThat(Phone.scrollsSideways(phone)).as("page and window width: %s", Phone.widths(phone)).isFalse();
                assertThat(attendance.duplicateIds()).as("every id once").isEmpty();
                phone.screenshot("attendance-phone-en");
                phone.visit(phone.path());
                assertThat(attendance.isMarked(memberName, "Present")).as("kept after a reload").isTrue();
            }

            member.visit(cohortPath);
            assertThat(cohort.progress()).isEqualTo("1 of 5 sessions attended");
            assertThat(cohort.progressBarValue()).isEqualTo("1");
            assertThat(cohort.myRecord()).contains("Present", "Not recorded", "Still to come");

            cohort.saveReflection(0, "x".repeat(2001));
            assertThat(cohort.messageNextToReflection(0))
                    .isEqualTo("Please keep your reflection under 2,000 characters.");
            assertThat(cohort.reflection(0)).hasSize(2001);

            cohort.markHomeworkDone(0);
            cohort.saveReflection(0, reflection);
            assertThat(Screens.globalMessages(member)).contains("Well done for doing the homework");
            assertThat(cohort.homework()).startsWith("Homework done for 1 of ");
            member.screenshot("cohort-progress-member-en");
            member.visit(cohortPath);
            assertThat(cohort.homeworkIsOpen(0)).as("a session's homework opens when asked, one at a time").isFalse();
            assertThat(cohort.myRecord()).contains("Homework done", reflection);
            assertThat(cohort.reflection(0)).as("saved, not only shown").isEqualTo(reflection);
        }

        CohortFiguresScreen figures = new CohortFiguresScreen(facilitator);
        figures.open(cohortId);
        assertThat(Screens.heading(facilitator)).isEqualTo("Figures: " + cohortName);
        assertThat(figures.attendanceRate()).isEqualTo("100%");
        assertThat(figures.showsAttendanceChart()).isTrue();
        assertThat(figures.attendanceBars()).isPositive();
        assertThat(figures.reflections()).contains(memberName, reflection);
        assertThat(figures.membersAtRisk()).contains(memberName, "No homework for the last two sessions.");
        facilitator.screenshot("cohort-figures-en");

        // With the keyboard alone, for a sheet of many: Tab goes from one member's marks to the next, Space or
        // the arrow keys mark, and each mark is saved at once. A second member joins to show it.
        String secondName = "Keyboard " + Screens.unique();
        try (Browser second = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(second, "keyboard-" + Screens.unique() + "@example.org", "a calm and long passphrase", secondName);
            second.visit(cohortPath);
            new CohortScreen(second).join();
        }
        AttendanceScreen sheet = new AttendanceScreen(facilitator);
        sheet.open(cohortId);
        sheet.previousSession();
        assertThat(sheet.count()).isEqualTo("0 of 2 marked");
        assertThat(sheet.group(memberName)).contains(memberName, "Present", "Late", "Excused", "Absent");
        sheet.focusFirstMember();
        assertThat(sheet.focused()).isEqualTo(memberName + " / Present");
        sheet.pressToMark(memberName, AttendanceScreen.SPACE);
        assertThat(sheet.isMarked(memberName, "Present")).isTrue();
        sheet.press(AttendanceScreen.TAB);
        assertThat(sheet.focused()).as("one Tab to the next member").isEqualTo(secondName + " / Present");
        sheet.pressToMark(secondName, AttendanceScreen.RIGHT);
        assertThat(sheet.focused()).isEqualTo(secondName + " / Late");
        assertThat(sheet.isMarked(secondName, "Late")).isTrue();
        assertThat(sheet.count()).isEqualTo("2 of 2 marked");
        sheet.press(AttendanceScreen.SHIFT_TAB);
        assertThat(sheet.focused()).as("back to the first member's mark").isEqualTo(memberName + " / Present");
        assertThat(sheet.duplicateIds()).as("every id once").isEmpty();
        facilitator.screenshot("attendance-keyboard-en");
        facilitator.visit(facilitator.path());
        assertThat(sheet.isMarked(secondName, "Late")).as("saved, not only shown").isTrue();

        try (Browser colleague = Browser.open(TestServers.portal().baseUrl(), "en")) {
            String name = "Colleague " + Screens.unique();
            String email = "colleague-" + Screens.unique() + "@example.org";
            Screens.Registration.join(colleague, email, "a calm and long passphrase", name);
            Screens.signOut(colleague);
            Screens.Roles.signInAsAdminAndFind(colleague, name);
            Screens.Roles.toggleRole(colleague, name, "Facilitator");
            assertThat(Screens.globalMessages(colleague)).isEqualTo("Granted Facilitator to " + name + ".");
            Screens.signOut(colleague);
            Screens.signInAs(colleague, email, "a calm and long passphrase");
            new CohortFiguresScreen(colleague).open(cohortId);
            assertThat(Screens.heading(colleague)).as("another facilitator's cohort is not there")
                    .isEqualTo("We couldn't find that page");
            new AttendanceScreen(colleague).open(cohortId);
            assertThat(Screens.heading(colleague)).isEqualTo("We couldn't find that page");
        }
    }
}
