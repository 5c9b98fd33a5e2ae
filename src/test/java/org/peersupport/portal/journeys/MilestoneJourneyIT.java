package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A member attends a group session, the milestone appears on their own page, they name their
 * certificates, download one, share their name, and a visitor opens the verification link.
 */
@ExtendWith(BrowserExtension.class)
class MilestoneJourneyIT {

    @Test
    void attendingASessionReachesAMilestoneWhoseCertificateAVisitorVerifies(Browser member) {
        String memberName = "Achiever " + Screens.unique();
        String certificateName = "Zoë Ñúñez-Łukasiewicz " + Screens.unique();
        Screens.Registration.join(member, "achiever-" + Screens.unique() + "@example.org", "a calm and long passphrase", memberName);
        MilestonesScreen milestones = new MilestonesScreen(member);
        milestones.openFromAccountMenu();
        assertThat(milestones.reached()).as("nothing yet").isEmpty();
        assertThat(member.text(By.id("noneYet"))).startsWith("Nothing yet, and that is fine.");
        assertThat(milestones.progressTowards("Finding your rhythm")).isEqualTo("0 of 5 group sessions");

        CohortsScreen programmes = new CohortsScreen(member);
        programmes.openProgrammes();
        programmes.openGroup("CBT skills group: eight weeks", "Tuesday evenings, London");
        member.waitUntil(() -> member.path().startsWith("/programmes/cohort.xhtml?"));
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(member.path());
        assertThat(id.find()).as("the group's address: %s", member.path()).isTrue();
        String cohortId = id.group(1);
        new CohortScreen(member).join();

        try (Browser facilitator = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
            AttendanceScreen attendance = new AttendanceScreen(facilitator);
            attendance.open(cohortId);
            attendance.mark(memberName, "Present");
        }

        milestones.open();
        assertThat(milestones.reached()).as("the first session reaches 'First step'").containsExactly("First step");
        assertThat(milestones.progressTowards("Finding your rhythm")).isEqualTo("1 of 5 group sessions");
        assertThat(milestones.progressValue("Finding your rhythm")).isEqualTo("1");
        assertThat(member.pageSource()).contains("Only you can see this page");

        milestones.nameCertificates("王小明");
        assertThat(milestones.certificateNameMessage()).as("letters the certificate fonts lack: said beside the field")
                .isEqualTo("The certificate fonts cannot print these letters, so they would show as a box: 王小明. You may want to write the name another way.");
        assertThat(milestones.certificateNameValue()).as("the input stays").isEqualTo("王小明");
        milestones.nameCertificates(certificateName);
        assertThat(Screens.globalMessages(member)).isEqualTo("Your certificates now carry the name " + certificateName + ".");
        member.screenshot("milestones-1280-en");

        String code = milestones.code("First step");
        HttpResponse<byte[]> certificate = Downloads.fetch(member, milestones.certificateHref("First step"));
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(Downloads.header(certificate, "Content-Type")).startsWith("application/pdf");
        String text = Downloads.pdfText(certificate.body());
        assertThat(text).contains(certificateName, "First step", code);

        HttpResponse<byte[]> badge = Downloads.fetch(member, milestones.badgeHref("First step"));
        assertThat(badge.statusCode()).isEqualTo(200);
        String jwt = new String(badge.body(), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(jwt.split("\\.")).as("a compact JWS: header, payload, signature").hasSize(3);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(payload).contains("OpenBadgeCredential", "First step").doesNotContain("@example.org");

        try (Browser other = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(other, "miembro@demo.test", "demo-pass-sereno");
            assertThat(Downloads.fetch(other, milestones.certificateHref("First step")).statusCode())
                    .as("another member asking for this certificate").isEqualTo(404);
            assertThat(Downloads.fetch(other, milestones.badgeHref("First step")).statusCode()).isEqualTo(404);
        }

        String verifyUrl = TestServers.portal().baseUrl() + "/verify.xhtml?code=" + code;
        try (Browser visitor = Browser.open(TestServers.portal().baseUrl(), "en")) {
            visitor.visit("/verify.xhtml?code=" + code);
            assertThat(visitor.text(By.cssSelector("#verdict .verdict__title"))).isEqualTo("This certificate is genuine.");
            assertThat(visitor.text(By.id("recipient"))).as("private by default").isEqualTo("Not shown: the holder keeps it private");
            assertThat(visitor.pageSource()).doesNotContain(certificateName, memberName);

            milestones.shareName("First step");
            visitor.visit("/verify.xhtml?code=" + code.toLowerCase().replace("-", " "));
            assertThat(visitor.text(By.id("recipient"))).isEqualTo(certificateName);
            assertThat(visitor.text(By.id("milestone"))).as("the milestone was not shared").isEqualTo("Not shown: the holder keeps it private");
            visitor.screenshot("verify-valid-1280-en");

            // One character changed: the one before the check character (comparing that very one, so it really changes).
            char replaced = code.charAt(code.length() - 2);
            String forged = code.substring(0, code.length() - 2) + (replaced == '0' ? '1' : '0') + code.charAt(code.length() - 1);
            assertThat(forged).isNotEqualTo(code);
            visitor.visit("/verify.xhtml?code=" + forged);
            assertThat(visitor.text(By.cssSelector("#verdict .verdict__title"))).isIn("No certificate has this code.",
                    "This code has a typing mistake: one of its characters does not match.");
            visitor.visit("/verify.xhtml?code=" + code.substring(0, 12));
            assertThat(visitor.text(By.cssSelector("#verdict .verdict__title"))).isEqualTo("This code is too short: part of it seems to be missing.");
            assertThat(visitor.pageSource()).doesNotContain("Exception");
        }

        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            phone.visit(verifyUrl.substring(TestServers.portal().baseUrl().length()));
            assertThat(Phone.scrollsSideways(phone)).isFalse();
            phone.screenshot("verify-390-en");
        }
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "member@demo.test", "demo-pass-harbor");
            MilestonesScreen demo = new MilestonesScreen(phone);
            demo.open();
            assertThat(demo.reached()).as("the demo member's group attendance and a facilitator's award")
                    .contains("First step", "A light for others");
            assertThat(Phone.scrollsSideways(phone)).isFalse();
            phone.screenshot("milestones-390-en");
        }
    }
}
