package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A moderator on duty sees a member's crisis alert arrive live, on whatever page they have open,
 * then acknowledges it, notes what they did and closes it with an outcome.
 */
@ExtendWith(BrowserExtension.class)
class CrisisAlertJourneyIT {

    @Test
    void aModeratorOnDutySeesTheAlertLiveAndHandlesItToTheEnd(Browser moderator) {
        Screens.signInAs(moderator, "moderator@demo.test", "demo-pass-keeper");
        AlertsScreen alerts = new AlertsScreen(moderator);
        alerts.open();
        alerts.goOnDutyIfOff();
        assertThat(alerts.dutyHeading()).isEqualTo("You are on duty");
        assertThat(alerts.duty()).contains("On duty now:", "Calm Keeper");
        moderator.visit("/member/dashboard.xhtml");
        int before = alerts.awaitingOnBadge();

        String token = Screens.unique();
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(member, "member@demo.test", "demo-pass-harbor");
            Screens.Forum.startTopic(member, "anxiety", "Evenings " + token, "How do you get through the evenings?");
            Screens.Forum.reply(member, "I am going to kill myself tonight. " + token);
            member.settle();
        }

        // No navigation: the badge on the page the moderator already has open updates by itself.
        moderator.waitUntil(() -> alerts.awaitingOnBadge() == before + 1);
        assertThat(alerts.badgeClasses()).contains("crisis-badge--live");
        assertThat(moderator.path()).isEqualTo("/member/dashboard.xhtml");
        moderator.screenshot("crisis-badge-live-en");

        alerts.openFromBadge();
        alerts.waitForOpenAlerts();
        moderator.screenshot("crisis-alerts-en");
        assertThat(alerts.openAlertMentioning(token)).contains("High", "Quiet Harbor", "Acknowledge within");
        alerts.openAlertMentioningIt(token);

        AlertScreen alert = new AlertScreen(moderator);
        alert.waitForIt();
        assertThat(Screens.heading(moderator)).isEqualTo("Crisis alert: Quiet Harbor");
        assertThat(alert.words()).contains("kill myself tonight", token);
        moderator.screenshot("crisis-alert-open-en");
        alert.acknowledge();
        assertThat(Screens.globalMessages(moderator)).startsWith("Acknowledged.");
        assertThat(alert.status()).isEqualTo("Acknowledged by Calm Keeper");

        alert.close();
        assertThat(alert.messageNextToOutcome()).as("an outcome is required").isNotBlank();

        alert.addNote("Sent a check-in; they replied and are with a friend tonight.");
        assertThat(alert.notes()).contains("Calm Keeper", "Sent a check-in; they replied");

        alert.closeWithOutcome("MEMBER_SAFE");
        assertThat(Screens.globalMessages(moderator)).startsWith("The alert is closed.");
        assertThat(alert.outcome()).contains("Reached the member; safe for now");
        moderator.screenshot("crisis-alert-closed-en");

        alerts.open();
        assertThat(alerts.hasOpenAlertMentioning(token)).as("no longer open").isFalse();
        assertThat(alerts.closedAlerts()).contains("Quiet Harbor", "Reached the member; safe for now");
        alerts.goOffDuty();
    }
}
