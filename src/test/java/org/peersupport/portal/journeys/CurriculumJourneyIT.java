package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A facilitator writes a curriculum: creates the draft, is told what a session still needs, adds
 * two sessions, puts them in order, publishes version 1 and reads it, downloads its handouts as one
 * PDF (which a member may not) and sees what the page prints; the demo CBT programme is there to
 * read as well.
 */
@ExtendWith(BrowserExtension.class)
class CurriculumJourneyIT {

    @Test
    void aFacilitatorWritesACurriculumAndPublishesVersionOne(Browser facilitator) {
        String title = "Living with worry " + Screens.unique();
        Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
        CurriculumScreen curricula = new CurriculumScreen(facilitator);
        curricula.openFromNavigation();
        assertThat(Screens.heading(facilitator)).isEqualTo("Group curricula");
        assertThat(curricula.published()).contains("CBT skills group: eight weeks", "Morning Circle");
        facilitator.screenshot("curricula-list-en");

        curricula.create(title, "Adults who worry a lot and want practical skills");
        assertThat(facilitator.path()).startsWith("/facilitation/curriculum.xhtml?id=");
        assertThat(Screens.heading(facilitator)).isEqualTo(title);
        assertThat(curricula.mayPublish()).isFalse();

        curricula.writeSessionTopic("What worry is for");
        curricula.saveSession();
        assertThat(curricula.messageNextToSessionTitle()).isEqualTo("Give the session a title.");
        assertThat(curricula.messageNextToPsychoeducation()).isEqualTo("Write the psychoeducation for this session.");
        assertThat(curricula.sessionTopic()).isEqualTo("What worry is for");
        curricula.scrollToSessionForm();
        facilitator.screenshot("curriculum-session-refused-en");

        curricula.addSession("Worry time", "Postponing worries to a set time",
                "Set aside **fifteen minutes** a day.\n\n- Write worries down\n- Return to the present", "Plan tomorrow’s slot.");
        curricula.addSession("Understanding worry", "What worry is for",
                "Worry is a chain of *what if* thoughts. In Spanish: «¿y si…?», la preocupación.", "Notice one worry a day.");
        assertThat(curricula.sessionTitles()).containsExactly("Worry time", "Understanding worry");

        curricula.moveSecondSessionUp();
        assertThat(curricula.sessionTitles()).containsExactly("Understanding worry", "Worry time");
        assertThat(curricula.secondSession())
                .containsIgnoringCase("Session 2").contains("fifteen minutes", "Write worries down");
        assertThat(curricula.secondSessionBold()).isEqualTo("fifteen minutes");
        curricula.scrollToSessions();
        facilitator.screenshot("curriculum-draft-en");

        curricula.publish();
        assertThat(Screens.globalMessages(facilitator)).contains("Published as version 1.");
        assertThat(curricula.versions()).contains("Version 1");
        facilitator.screenshot("curriculum-published-en");

        curricula.openVersion("Version 1");
        assertThat(facilitator.path()).startsWith("/facilitation/version.xhtml?id=");
        assertThat(Screens.heading(facilitator)).isEqualTo(title);
        assertThat(curricula.versionNumber()).isEqualTo("Version 1");
        assertThat(curricula.sessionTitles()).containsExactly("Understanding worry", "Worry time");
        facilitator.screenshot("curriculum-version-en");

        // Handouts: every session in one PDF, fetched as the browser would, and the page as it prints.
        String handouts = curricula.handoutsLink();
        HttpResponse<byte[]> pdf = Downloads.fetch(facilitator, handouts);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Downloads.header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(Downloads.header(pdf, "Content-Disposition")).startsWith("attachment;").endsWith("-v1.pdf\"");
        assertThat(Downloads.pdfText(pdf.body())).as("a title page, then a page per session")
                .startsWith("pages: 3").contains(title, "Version 1", "Adults who worry a lot and want practical skills",
                        "1. Understanding worry", "2. Worry time", "Session 1", "Topic", "What worry is for", "Psychoeducation",
                        "Worry is a chain of what if thoughts. In Spanish: «¿y si…?», la preocupación.", "Homework",
                        "Notice one worry a day.", "Session 2", "Postponing worries to a set time", "Set aside fifteen minutes a day.",
                        "• Write worries down", "Plan tomorrow’s slot.", "Page 3 of 3");
        assertThat(curricula.asPrinted()).isEqualTo("header, navigation, footer, buttons shown: 0; sessions starting a new page: 2 of 2");
        facilitator.screenshot("curriculum-version-as-printed-en");
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
            HttpResponse<byte[]> refused = Downloads.fetch(member, handouts);
            assertThat(refused.statusCode()).as("a member may not read a facilitator's curriculum").isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("Worry time");
        }

        curricula.openList();
        curricula.openPublished("CBT skills group: eight weeks");
        assertThat(facilitator.path()).startsWith("/facilitation/version.xhtml?id=");
        assertThat(curricula.sessionTitles()).hasSize(8).startsWith("Understanding the CBT model")
                .endsWith("Relapse prevention and keeping well");
        facilitator.screenshot("curriculum-demo-cbt-en");
    }
}
