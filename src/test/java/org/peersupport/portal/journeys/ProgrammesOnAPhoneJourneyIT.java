package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The programme pages on a phone (390 × 844): the demo group's page for its member and its
 * facilitator, the attendance sheet, a published curriculum and the calendar all fit the screen's
 * width, with nothing to scroll sideways. Each is photographed to be looked at.
 */
@ExtendWith(BrowserExtension.class)
class ProgrammesOnAPhoneJourneyIT {

    private static final String PHONE = "390,844";

    @Test
    void theMembersGroupAndCalendarFitAPhone() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", PHONE)) {
            Screens.signInAs(phone, "member@demo.test", "demo-pass-harbor");
            new CohortsScreen(phone).openProgrammes();
            new CohortsScreen(phone).openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
            CohortScreen cohort = new CohortScreen(phone);
            assertThat(cohort.videoLink()).startsWith("Join the video session");
            fitsTheScreen(phone, "cohort-member-phone-en");

            CalendarScreen calendar = new CalendarScreen(phone);
            calendar.open();
            calendar.waitForSessions();
            fitsTheScreen(phone, "calendar-member-phone-en");
        }
    }

    @Test
    void theFacilitatorsPagesFitAPhone() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", PHONE)) {
            Screens.signInAs(phone, "facilitator@demo.test", "demo-pass-circle");
            CohortsScreen cohorts = new CohortsScreen(phone);
            cohorts.openFacilitatorsList();
            fitsTheScreen(phone, "cohorts-facilitator-phone-en");
            cohorts.openProgrammes();
            cohorts.openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
            String cohortId = phone.path().replaceFirst(".*id=", "");
            assertThat(new CohortScreen(phone).offersHandouts()).isTrue();
            fitsTheScreen(phone, "cohort-facilitator-phone-en");

            AttendanceScreen attendance = new AttendanceScreen(phone);
            attendance.open(cohortId);
            assertThat(attendance.duplicateIds()).as("every id once").isEmpty();
            fitsTheScreen(phone, "attendance-demo-phone-en");

            CurriculumScreen curricula = new CurriculumScreen(phone);
            curricula.openList();
            curricula.openPublished("CBT skills group: eight weeks");
            assertThat(curricula.sessionTitles()).hasSize(8);
            fitsTheScreen(phone, "curriculum-version-phone-en");

            CalendarScreen calendar = new CalendarScreen(phone);
            calendar.open();
            calendar.waitForSessions();
            fitsTheScreen(phone, "calendar-facilitator-phone-en");
        }
    }

    private static void fitsTheScreen(Browser phone, String screenshot) {
        assertThat(Phone.scrollsSideways(phone)).as("%s: page and window width %s", phone.path(), Phone.widths(phone)).isFalse();
        phone.screenshot(screenshot);
    }
}
