package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Issue 16: leaving a private group and removing someone from it cannot be undone with a click
 * (coming back takes a new invitation), so both ask first, in a dialog that has the focus and a
 * name: cancelling keeps the membership, confirming ends it.
 */
@ExtendWith(BrowserExtension.class)
class GroupConfirmJourneyIT {

    private static final String GROUP = "Thursday recovery circle";
    private static final String PASSPHRASE = "a calm and long passphrase";

    @Test
    void leavingAGroupAndRemovingAMemberAskFirstAndCancellingKeepsTheMembership(Browser member) {
        String name = "Quiet Fern " + Screens.unique();
        Screens.Registration.join(member, "circle-" + Screens.unique() + "@example.org", PASSPHRASE, name);
        ForumScreen memberForums = new ForumScreen(member);
        try (Browser host = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(host, "admin@demo.test", "demo-pass-portal");
            ForumScreen hostForums = new ForumScreen(host);
            hostForums.open("recovery-circle");
            hostForums.inviteToGroup(name);
            joinByInvitation(memberForums);

            memberForums.leaveGroup(GROUP);
            ConfirmScreen confirm = new ConfirmScreen(member);
            confirm.waitUntilOpen();
            assertThat(confirm.accessibleName()).isEqualTo("Please confirm");
            assertThat(confirm.message()).startsWith("Leave " + GROUP + "?");
            assertThat(confirm.hasTheFocus()).as("the focus moves into the dialog").isTrue();
            assertThat(confirm.focusedButton()).as("on the safe choice").isEqualTo("Cancel");
            assertThat(confirm.yesLabel()).isEqualTo("Yes, leave");
            member.screenshot("group-leave-confirm-en");
            confirm.pressEnter();
            assertThat(confirm.isOpen()).isFalse();
            memberForums.openIndex();
            assertThat(memberForums.indexLinksTo(GROUP)).as("cancelled: still in the group").isTrue();

            memberForums.leaveGroup(GROUP);
            confirm.waitUntilOpen();
            confirm.pressEscape();
            assertThat(confirm.isOpen()).as("Escape closes it too").isFalse();
            memberForums.openIndex();
            assertThat(memberForums.indexLinksTo(GROUP)).as("escaped: still in the group").isTrue();

            memberForums.leaveGroup(GROUP);
            confirm.waitUntilOpen();
            confirm.confirm();
            assertThat(Screens.globalMessages(member)).isEqualTo("You have left " + GROUP + ".");
            memberForums.openIndex();
            assertThat(memberForums.indexLinksTo(GROUP)).as("confirmed: no longer in the group").isFalse();

            hostForums.open("recovery-circle");
            hostForums.inviteToGroup(name);
            joinByInvitation(memberForums);
            hostForums.open("recovery-circle");
            hostForums.removeFromGroup(name);
            ConfirmScreen hostConfirm = new ConfirmScreen(host);
            hostConfirm.waitUntilOpen();
            assertThat(hostConfirm.message()).startsWith("Remove " + name + " from this group?");
            assertThat(hostConfirm.hasTheFocus()).isTrue();
            assertThat(hostConfirm.yesLabel()).isEqualTo("Yes, remove");
            host.screenshot("group-remove-confirm-en");
            hostConfirm.pressEnter();
            hostForums.open("recovery-circle");
            assertThat(hostForums.groupLists(name)).as("cancelled: still listed").isTrue();

            hostForums.removeFromGroup(name);
            hostConfirm.waitUntilOpen();
            hostConfirm.confirm();
            assertThat(Screens.globalMessages(host)).isEqualTo(name + " is no longer in this group.");
            hostForums.open("recovery-circle");
            assertThat(hostForums.groupLists(name)).as("confirmed: removed").isFalse();
        }
        memberForums.openIndex();
        assertThat(memberForums.indexLinksTo(GROUP)).isFalse();
    }

    private static void joinByInvitation(ForumScreen forums) {
        forums.openIndex();
        forums.acceptInvitation(GROUP);
        forums.openIndex();
        assertThat(forums.indexLinksTo(GROUP)).as("in the group").isTrue();
    }
}
