package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

/**
 * A facilitator writes a curriculum: creates the draft, is told what a session still needs, adds
 * two sessions, puts them in order, publishes version 1 and reads it; the demo CBT programme is
 * there to read as well.
 */
@ExtendWith(BrowserExtension.class)
class CurriculumJourneyIT {

    private static final By SESSIONS = By.cssSelector("ol.session-list > li");

    @Test
    void aFacilitatorWritesACurriculumAndPublishesVersionOne(Browser facilitator) {
        String title = "Living with worry " + Screens.unique();
        Screens.signInAs(facilitator, "facilitator@demo.test", "facilitator-demo-pass");
        facilitator.click(By.linkText("Facilitation"));
        assertThat(Screens.heading(facilitator)).isEqualTo("Group curricula");
        assertThat(facilitator.text(By.id("published"))).contains("CBT skills group: eight weeks", "Morning Circle");
        facilitator.screenshot("curricula-list-en");

        Screens.Curriculum.create(facilitator, title, "Adults who worry a lot and want practical skills");
        assertThat(facilitator.path()).startsWith("/facilitation/curriculum.xhtml?id=");
        assertThat(Screens.heading(facilitator)).isEqualTo(title);
        assertThat(facilitator.find(By.id("publishing:publish")).isEnabled()).isFalse();

        facilitator.type("session:sessionTopic", "What worry is for");
        facilitator.submitAndWaitForPage("session:saveSession");
        assertThat(Screens.messageNextTo(facilitator, "session:sessionTitle")).isEqualTo("Give the session a title.");
        assertThat(Screens.messageNextTo(facilitator, "session:psychoeducation")).isEqualTo("Write the psychoeducation for this session.");
        assertThat(facilitator.value("session:sessionTopic")).isEqualTo("What worry is for");
        scrollTo(facilitator, "session");
        facilitator.screenshot("curriculum-session-refused-en");

        Screens.Curriculum.addSession(facilitator, "Worry time", "Postponing worries to a set time",
                "Set aside **fifteen minutes** a day.\n\n- Write worries down\n- Return to the present", "Plan tomorrow’s slot.");
        Screens.Curriculum.addSession(facilitator, "Understanding worry", "What worry is for",
                "Worry is a chain of *what if* thoughts.", "Notice one worry a day.");
        assertThat(sessionTitles(facilitator)).containsExactly("Worry time", "Understanding worry");

        WebElement up = facilitator.find(By.xpath("(//ol[contains(@class,'session-list')]/li)[2]//button[@title='Move up']"));
        facilitator.submitAndWaitForPage(up.getAttribute("id"));
        assertThat(sessionTitles(facilitator)).containsExactly("Understanding worry", "Worry time");
        assertThat(facilitator.text(By.xpath("(//ol[contains(@class,'session-list')]/li)[2]")))
                .containsIgnoringCase("Session 2").contains("fifteen minutes", "Write worries down");
        assertThat(facilitator.find(By.xpath("(//ol[contains(@class,'session-list')]/li)[2]//strong")).getText())
                .isEqualTo("fifteen minutes");
        scrollTo(facilitator, "sessionsCard");
        facilitator.screenshot("curriculum-draft-en");

        facilitator.submitAndWaitForPage("publishing:publish");
        assertThat(Screens.globalMessages(facilitator)).contains("Published as version 1.");
        assertThat(facilitator.text(By.id("versions"))).contains("Version 1");
        facilitator.screenshot("curriculum-published-en");

        facilitator.click(By.linkText("Version 1"));
        assertThat(facilitator.path()).startsWith("/facilitation/version.xhtml?id=");
        assertThat(Screens.heading(facilitator)).isEqualTo(title);
        assertThat(facilitator.text(By.id("versionNumber"))).isEqualTo("Version 1");
        assertThat(sessionTitles(facilitator)).containsExactly("Understanding worry", "Worry time");
        facilitator.screenshot("curriculum-version-en");

        facilitator.visit("/facilitation/curricula.xhtml");
        facilitator.click(By.xpath("//section[@id='published']//a[normalize-space()='CBT skills group: eight weeks']"));
        assertThat(facilitator.path()).startsWith("/facilitation/version.xhtml?id=");
        assertThat(sessionTitles(facilitator)).hasSize(8).startsWith("Understanding the CBT model")
                .endsWith("Relapse prevention and keeping well");
        facilitator.screenshot("curriculum-demo-cbt-en");
    }

    private static void scrollTo(Browser browser, String id) {
        browser.evaluate("document.getElementById('" + id + "').scrollIntoView();");
    }

    private static List<String> sessionTitles(Browser browser) {
        return browser.all(SESSIONS).stream().map(li -> li.findElement(By.cssSelector(".session__title")).getText()).toList();
    }
}
