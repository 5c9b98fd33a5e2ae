package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The whole programme journey: a facilitator writes and publishes a five-session curriculum and
 * starts a cohort of it that began three weeks ago (so its first sessions have been held); a member
 * joins; the facilitator takes attendance on a phone; the member sees their progress bar move and
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

        Screens.signInAs(facilitator, "facilitator@demo.test", "facilitator-demo-pass");
        Screens.Curriculum.create(facilitator, programme, "Adults with low mood on the waiting list");
        String[] sessions = {"Mood and activity", "Planning small steps", "Noticing thoughts", "Problem solving", "Keeping well"};
        for (String title : sessions) {
            Screens.Curriculum.addSession(facilitator, title, "About " + title.toLowerCase(), "Why **" + title + "** helps.",
                    "Try one small step.");
        }
        facilitator.submitAndWaitForPage("publishing:publish");
        assertThat(Screens.globalMessages(facilitator)).contains("Published as version 1.");

        facilitator.visit("/facilitation/cohorts.xhtml");
        String version = facilitator.find(By.xpath("//select[@id='create:version_input']/option[starts-with(normalize-space(),"
                + "'" + programme + "')]")).getDomAttribute("value");
        facilitator.select("create:version", version);
        facilitator.type("create:name", cohortName);
        facilitator.type("create:location", "Room 4, Community Centre");
        LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(3);
        facilitator.evaluate("var w = PrimeFaces.getWidgetById('create:startDate');"
                + " if (w && w.setDate) { w.setDate(new Date(" + start.getYear() + ", " + (start.getMonthValue() - 1) + ", " + start.getDayOfMonth() + ")); }"
                + " document.getElementById('create:startDate_input').value = '" + start + "';");
        facilitator.submitAndWaitForPage("create:createButton");
        assertThat(facilitator.path()).as("cohort created: %s", facilitator.isPresent(By.cssSelector(".ui-message-error"))
                ? facilitator.text(By.cssSelector("#create")) : "").startsWith("/programmes/cohort.xhtml?id=");
        String cohortPath = facilitator.path();
        String cohortId = cohortPath.replaceFirst(".*id=", "");
        assertThat(facilitator.text(By.id("staffProgress"))).contains("Take attendance");
        assertThat(Screens.heading(facilitator)).isEqualTo(programme);
        assertThat(facilitator.all(By.cssSelector("#sessions li.curriculum-item"))).as("the first sessions have been held").hasSizeLessThan(3);

        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(member, "attender-" + Screens.unique() + "@example.org", "a calm and long passphrase", memberName);
            member.visit(cohortPath);
            member.submitAndWaitForPage("place:join");
            assertThat(member.text(By.id("progressText"))).isEqualTo("0 of 5 sessions attended");

            try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
                Screens.signInAs(phone, "facilitator@demo.test", "facilitator-demo-pass");
                phone.visit("/facilitation/attendance.xhtml?cohort=" + cohortId);
                assertThat(Screens.heading(phone)).startsWith("Attendance: session ");
                assertThat(phone.text(By.cssSelector(".attendance__count"))).isEqualTo("0 of 1 marked");
                phone.click(Attendance.toggle(memberName, "Present"));
                phone.waitUntil(() -> phone.isPresent(Attendance.saved(memberName)));
                assertThat(phone.text(Attendance.saved(memberName))).as("saved today: the time alone")
                        .matches("Saved \\d{1,2}:\\d{2}(.?[AP]M)?");
                assertThat(phone.text(By.cssSelector(".attendance__count"))).isEqualTo("1 of 1 marked");
                phone.screenshot("attendance-phone-en");
                phone.visit(phone.path());
                assertThat(phone.find(Attendance.toggle(memberName, "Present")).getDomAttribute("class")).contains("ui-state-active");
            }

            member.visit(cohortPath);
            assertThat(member.text(By.id("progressText"))).isEqualTo("1 of 5 sessions attended");
            assertThat(member.find(By.id("programmeProgress")).getDomAttribute("value")).isEqualTo("1");
            assertThat(member.text(By.id("myRecord"))).contains("Present", "Not recorded", "Still to come");

            member.type("myRecord:records:0:reflection", "x".repeat(2001));
            member.click("myRecord:records:0:saveHomework");
            assertThat(Screens.messageNextTo(member, "myRecord:records:0:reflection"))
                    .isEqualTo("Please keep your reflection under 2,000 characters.");
            assertThat(member.value("myRecord:records:0:reflection")).hasSize(2001);

            member.tick("myRecord:records:0:done");
            member.type("myRecord:records:0:reflection", reflection);
            member.click("myRecord:records:0:saveHomework");
            assertThat(Screens.globalMessages(member)).contains("Well done for doing the homework");
            assertThat(member.text(By.id("homeworkText"))).startsWith("Homework done for 1 of ");
            member.screenshot("cohort-progress-member-en");
            member.visit(cohortPath);
            assertThat(member.value("myRecord:records:0:reflection")).as("saved, not only shown").isEqualTo(reflection);
        }

        facilitator.visit("/facilitation/cohort-figures.xhtml?id=" + cohortId);
        assertThat(Screens.heading(facilitator)).isEqualTo("Figures: " + cohortName);
        assertThat(facilitator.text(By.id("attendanceRate"))).isEqualTo("100%");
        assertThat(facilitator.isPresent(Screens.SafetyReport.chart("attendanceChart"))).isTrue();
        assertThat(facilitator.all(Screens.SafetyReport.bars("attendanceChart"))).isNotEmpty();
        assertThat(facilitator.text(By.id("reflections"))).contains(memberName, reflection);
        assertThat(facilitator.text(By.id("atRisk"))).contains(memberName, "No homework for the last two sessions.");
        facilitator.screenshot("cohort-figures-en");

        try (Browser colleague = Browser.open(TestServers.portal().baseUrl(), "en")) {
            String name = "Colleague " + Screens.unique();
            String email = "colleague-" + Screens.unique() + "@example.org";
            Screens.Registration.join(colleague, email, "a calm and long passphrase", name);
            Screens.signOut(colleague);
            Screens.Roles.signInAsAdminAndFind(colleague, name);
            colleague.click(Screens.Roles.toggle(name, "Facilitator"));
            assertThat(Screens.globalMessages(colleague)).isEqualTo("Granted Facilitator to " + name + ".");
            Screens.signOut(colleague);
            Screens.signInAs(colleague, email, "a calm and long passphrase");
            colleague.visit("/facilitation/cohort-figures.xhtml?id=" + cohortId);
            assertThat(Screens.heading(colleague)).as("another facilitator's cohort is not there")
                    .isEqualTo("We couldn't find that page");
            colleague.visit("/facilitation/attendance.xhtml?cohort=" + cohortId);
            assertThat(Screens.heading(colleague)).isEqualTo("We couldn't find that page");
        }
    }

    /** The attendance sheet: one row per member with four toggles. */
    static final class Attendance {
        static By row(String name) {
            return By.xpath("//li[contains(@class,'attendance__row')][span[normalize-space()='" + name + "']]");
        }

        static By toggle(String name, String label) {
            return By.xpath("//li[contains(@class,'attendance__row')][span[normalize-space()='" + name + "']]"
                    + "//div[contains(@class,'ui-button')][normalize-space()='" + label + "']");
        }

        static By saved(String name) {
            return By.xpath("//li[contains(@class,'attendance__row')][span[normalize-space()='" + name + "']]"
                    + "//span[contains(@class,'is-saved')]");
        }
    }
}
