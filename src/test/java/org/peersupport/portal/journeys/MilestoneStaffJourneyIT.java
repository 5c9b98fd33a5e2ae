package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.HtmlChecker;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The demo facilitator manages milestones: a new one refused with reasons beside the fields (input
 * kept), then defined; retired and brought back after the confirm dialog; awarded by hand with a
 * note to a member who has just joined (and is told); revoked with a reason, which the list then
 * shows. Also on a phone, without sideways scrolling.
 */
@ExtendWith(BrowserExtension.class)
class MilestoneStaffJourneyIT {

    private static final String DESCRIPTION = "Came back to the group three times: showing up is the hardest part.";

    @Test
    void aFacilitatorDefinesAwardsAndRevokesAMilestone(Browser facilitator) {
        String unique = Screens.unique();
        String milestone = "Three sessions " + unique;
        String memberName = "Brave Heron " + unique;
        try (Browser member = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.Registration.join(member, "heron-" + unique + "@example.org", "a calm and long passphrase", memberName);

            Screens.signInAs(facilitator, "facilitator@demo.test", "demo-pass-circle");
            MilestoneStaffScreen staff = new MilestoneStaffScreen(facilitator);
            staff.openFromNavigation();
            assertThat(Screens.heading(facilitator)).isEqualTo("Milestones");
            assertThat(staff.formTitle()).isEqualTo("New milestone");
            assertThat(staff.asksForANumber()).as("no rule chosen yet, no number asked").isFalse();

            staff.description(DESCRIPTION);
            staff.emblem("Path");
            staff.rule("Attending a number of group sessions");
            assertThat(staff.asksForANumber()).as("a counting rule asks for its number").isTrue();
            assertThat(staff.numberLabel()).startsWith("Group sessions to attend");
            staff.number("0");
            staff.save();

            assertThat(staff.messageNextTo("name")).as("the record's words, beside the field").isEqualTo("Give the milestone a name.");
            assertThat(staff.messageNextTo("threshold")).isEqualTo("Choose a number from 1 to 200.");
            assertThat(staff.messageNextTo("description")).isEmpty();
            assertThat(staff.emblemMessage()).isEmpty();
            assertThat(staff.value("description")).as("the input is kept").isEqualTo(DESCRIPTION);
            assertThat(staff.value("threshold")).isEqualTo("0");
            assertThat(staff.chosenEmblem()).isEqualTo("PATH");
            assertThat(staff.selectedRule()).isEqualTo("Attending a number of group sessions");
            facilitator.screenshot("milestone-form-refused-en");

            staff.nextEmblemByKeyboard();
            assertThat(staff.chosenEmblem()).as("the arrow key moves along the emblems").isEqualTo("STAR");
            staff.emblem("Path");
            staff.name(milestone);
            staff.number("3");
            staff.save();
            assertThat(Screens.globalMessages(facilitator)).contains("“" + milestone + "” is defined.");
            assertThat(staff.entryOf(milestone)).contains("Active", DESCRIPTION, "Attended 3 group sessions", "Nobody holds it yet");
            assertThat(staff.emblemOf(milestone)).contains("images/milestones/path.svg");

            staff.askToRetire(milestone);
            ConfirmScreen confirm = new ConfirmScreen(facilitator);
            assertThat(confirm.text()).contains("Retire “" + milestone + "”?", "members who hold it keep it");
            assertThat(confirm.focus()).as("the safe choice has the focus").isEqualTo("dialog:Leave it as it is");
            confirm.confirm();
            assertThat(staff.entryOf(milestone)).contains("Retired");
            assertThat(staff.awardableMilestones()).as("a retired milestone is not given").doesNotContain(milestone);
            staff.askToBringBack(milestone);
            confirm.confirm();
            assertThat(Screens.globalMessages(facilitator)).contains("“" + milestone + "” is active again.");
            assertThat(staff.entryOf(milestone)).contains("Active");
            assertThat(staff.awardableMilestones()).contains(milestone);

            staff.awardTo("heron " + unique, memberName);
            staff.awardMilestone(milestone);
            staff.note("For coming back every week, even the hard ones.");
            staff.award();
            assertThat(Screens.globalMessages(facilitator)).contains("“" + milestone + "” awarded to " + memberName + ".");
            assertThat(staff.awardRow(memberName, milestone)).contains("By hand: Morning Circle", "Held");
            assertThat(staff.entryOf(milestone)).contains("One member holds it");
            facilitator.screenshot("milestone-awarded-en");

            member.visit("/member/notifications.xhtml");
            assertThat(new NoticesScreen(member).all()).as("the member is told").contains("You reached a milestone: “" + milestone + "”");

            staff.startRevoking(memberName, milestone);
            assertThat(staff.focusOnceOnTheReason()).as("the focus moves to the reason").endsWith(":reason");
            assertThat(staff.revokeFormTitle()).isEqualTo("Revoke “" + milestone + "” of " + memberName);
            staff.revoke();
            assertThat(staff.reasonMessage()).isEqualTo("Say why the award is revoked (kept for staff, not shown publicly).");
            staff.reason("Awarded to the wrong member.");
            facilitator.evaluate("document.getElementById('recentCard').scrollIntoView();");
            facilitator.screenshot("milestone-revoke-en");
            staff.revoke();
            assertThat(Screens.globalMessages(facilitator)).contains("“" + milestone + "” of " + memberName + " is revoked.");
            assertThat(staff.awardRow(memberName, milestone)).contains("Revoked", "Morning Circle", "Awarded to the wrong member.")
                    .doesNotContain("Held");
            assertThat(staff.entryOf(milestone)).as("a revoked award is not held").contains("Nobody holds it yet");
            facilitator.visit("/facilitation/milestones.xhtml");
            assertThat(staff.awardRow(memberName, milestone)).as("still revoked on a fresh load").contains("Revoked");
            assertThat(HtmlChecker.errors(facilitator.serverHtml())).as("the W3C checker on the page with a milestone and an award").isEmpty();
            facilitator.evaluate("document.getElementById('recentCard').scrollIntoView();");
            facilitator.screenshot("milestone-revoked-en");

            staff.edit(milestone);
            assertThat(staff.formTitle()).isEqualTo("Edit “" + milestone + "”");
            assertThat(staff.value("threshold")).isEqualTo("3");
            staff.number("4");
            staff.save();
            assertThat(Screens.globalMessages(facilitator)).contains("Changes to “" + milestone + "” saved.");
            assertThat(staff.entryOf(milestone)).contains("Attended 4 group sessions");

            String page = TestServers.portal().baseUrl() + "facilitation/milestones.xhtml";
            assertThat(Downloads.fetch(facilitator, page + "?edit=999999999").statusCode()).as("no such milestone").isEqualTo(404);
            assertThat(Downloads.fetch(facilitator, page + "?edit=abc").statusCode()).isEqualTo(404);
            assertThat(Downloads.fetch(member, page).statusCode()).as("members are not staff").isEqualTo(403);
        }
        onAPhone(milestone, memberName);
    }

    /** Staff use it at the door too: the form, its messages and the awards list fit a phone's width. */
    private static void onAPhone(String milestone, String memberName) {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "facilitator@demo.test", "demo-pass-circle");
            MilestoneStaffScreen staff = new MilestoneStaffScreen(phone);
            staff.open();
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            assertThat(staff.entryOf(milestone)).contains("Attended 4 group sessions");
            phone.screenshot("milestones-phone");
            staff.rule("Weeks in a row with a group session");
            assertThat(staff.numberLabel()).startsWith("Weeks in a row");
            staff.save();
            assertThat(staff.messageNextTo("name")).isEqualTo("Give the milestone a name.");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.evaluate("document.getElementById('milestone').scrollIntoView();");
            phone.screenshot("milestones-form-phone");
            assertThat(staff.awardRow(memberName, milestone)).contains("Revoked");
            phone.evaluate("document.getElementById('recentCard').scrollIntoView();");
            phone.screenshot("milestones-awards-phone");
        }
    }
}
