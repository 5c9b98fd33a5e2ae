package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A moderator on duty sees a member's crisis alert arrive live, on whatever page they have open,
 * then acknowledges it, notes what they did and closes it with an outcome.
 */
@ExtendWith(BrowserExtension.class)
class CrisisAlertJourneyIT {

    private static final By BADGE = By.id("crisisBadge");

    @Test
    void aModeratorOnDutySeesTheAlertLiveAndHandlesItToTheEnd(Browser moderator) {
        Screens.signInAs(moderator, "moderator@demo.test", "moderator-demo-pass");
        moderator.visit("/moderation/alerts.xhtml");
        if (moderator.text(By.id("duty:toggle")).equals("Go on duty")) {
            moderator.click("duty:toggle");
            moderator.waitUntil(() -> moderator.text(By.id("duty:toggle")).equals("Go off duty"));
        }
        assertThat(moderator.text(By.cssSelector("#duty h2"))).isEqualTo("You are on duty");
        assertThat(moderator.text(By.id("duty"))).contains("On duty now:", "Calm Keeper");
        moderator.visit("/member/dashboard.xhtml");
        int before = awaiting(moderator);

        String token = Screens.unique();
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(member, "member@demo.test", "member-demo-pass");
            Screens.Forum.startTopic(member, "anxiety", "Evenings " + token, "How do you get through the evenings?");
            Screens.Forum.reply(member, "I am going to kill myself tonight. " + token);
            member.settle();
        }

        // No navigation: the badge on the page the moderator already has open updates by itself.
        moderator.waitUntil(() -> awaiting(moderator) == before + 1);
        assertThat(moderator.find(BADGE).getAttribute("class")).contains("crisis-badge--live");
        assertThat(moderator.path()).isEqualTo("/member/dashboard.xhtml");
        moderator.screenshot("crisis-badge-live-en");

        moderator.click(BADGE);
        moderator.find(By.id("open"));
        moderator.screenshot("crisis-alerts-en");
        By row = By.xpath("//table[@id='open']//tr[contains(., '" + token + "')]");
        assertThat(moderator.text(row)).contains("High", "Quiet Harbor", "Acknowledge within");
        moderator.click(new org.openqa.selenium.support.pagefactory.ByChained(row, By.linkText("Open")));

        moderator.find(By.id("ack:acknowledge"));
        assertThat(Screens.heading(moderator)).isEqualTo("Crisis alert: Quiet Harbor");
        assertThat(moderator.text(By.cssSelector(".alert-summary__text"))).contains("kill myself tonight", token);
        moderator.screenshot("crisis-alert-open-en");
        moderator.submitAndWaitForPage("ack:acknowledge");
        assertThat(Screens.globalMessages(moderator)).startsWith("Acknowledged.");
        assertThat(moderator.text(By.id("status"))).isEqualTo("Acknowledged by Calm Keeper");

        moderator.submitAndWaitForPage("closeForm:close");
        assertThat(Screens.messageNextTo(moderator, "closeForm:outcome")).as("an outcome is required").isNotBlank();

        moderator.type("noteForm:note", "Sent a check-in; they replied and are with a friend tonight.");
        moderator.submitAndWaitForPage("noteForm:saveNote");
        assertThat(moderator.text(By.id("notes"))).contains("Calm Keeper", "Sent a check-in; they replied");

        moderator.select("closeForm:outcome", "MEMBER_SAFE");
        moderator.submitAndWaitForPage("closeForm:close");
        assertThat(Screens.globalMessages(moderator)).startsWith("The alert is closed.");
        assertThat(moderator.text(By.id("outcome"))).contains("Reached the member; safe for now");
        moderator.screenshot("crisis-alert-closed-en");

        moderator.visit("/moderation/alerts.xhtml");
        assertThat(moderator.isPresent(row)).as("no longer open").isFalse();
        assertThat(moderator.text(By.id("closed"))).contains("Quiet Harbor", "Reached the member; safe for now");
        moderator.click("duty:toggle");
        moderator.waitUntil(() -> moderator.text(By.id("duty:toggle")).equals("Go on duty"));
    }

    /** The number on the live badge (0 when it says there are none). */
    private static int awaiting(Browser browser) {
        String text = browser.text(BADGE);
        return text.matches("\\d+ .*") ? Integer.parseInt(text.substring(0, text.indexOf(' '))) : 0;
    }
}
