package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Mailbox;

@ExtendWith(BrowserExtension.class)
class NotificationJourneyIT {

    @Test
    void aMemberGivenARoleSeesTheBellCountReadsTheNoticeAndGetsAnEmail(Browser browser) throws Exception {
        String email = "newcomer-" + Screens.unique() + "@example.org";
        String name = "Newcomer " + Screens.unique();
        Screens.Registration.join(browser, email, "a calm and long passphrase", name);
        NoticesScreen notices = new NoticesScreen(browser);
        assertThat(notices.bellShowsACount()).as("nothing unread yet").isFalse();
        Screens.signOut(browser);

        Screens.Roles.signInAsAdminAndFind(browser, name);
        Screens.Roles.toggleRole(browser, name, "Facilitator");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Granted Facilitator to " + name + ".");
        Screens.signOut(browser);

        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, email, "a calm and long passphrase");
        assertThat(notices.bellCount()).isEqualTo("1");
        notices.openBell();

        assertThat(Screens.heading(browser)).isEqualTo("Your notifications");
        assertThat(notices.unread())
                .isEqualTo("You can now take part as: Facilitator.");
        browser.screenshot("notifications-en");
        notices.markAllRead();
        assertThat(notices.bellShowsACount()).as("all read").isFalse();
        assertThat(notices.showsReadNotices()).isTrue();

        // The first mail confirmed the address at registration; the role's notice is the one after it.
        List<Mailbox.Mail> mail = Mailbox.awaitMail(email, m -> !m.text().contains("/confirm-address.xhtml"), 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).subject()).isEqualTo("A message from Peer Support Portal");
        assertThat(mail.get(0).text()).startsWith("Hello " + name + ", there is something new")
                .contains("You can now take part as: Facilitator.");
    }

    @Test
    void aMemberChoosesChannelsAndQuietHoursWithClearErrors(Browser browser) {
        // A member of its own, so the quiet hours saved here touch no demo account other journeys use.
        Screens.Registration.join(browser, "quiet-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                "Quiet " + Screens.unique());
        NotificationSettingsScreen settings = new NotificationSettingsScreen(browser);
        settings.open();
        assertThat(Screens.heading(browser)).isEqualTo("How we tell you things");

        settings.quietFrom("22:00");
        settings.save();
        assertThat(settings.messageNextToQuietEnd())
                .isEqualTo("Please give both times, or leave both empty.");
        assertThat(settings.quietStart()).as("input kept").isEqualTo("22:00");
        browser.screenshot("notification-settings-error-en");

        settings.quietUntil("07:00");
        settings.save();
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your notification settings are saved.");
        settings.open();
        assertThat(settings.quietEnd()).as("saved").isEqualTo("07:00");
    }

    @Test
    void aNewMemberSavesUnchangedChoosesReplyEmailsAndClearsQuietHours(Browser browser) {
        Screens.Registration.join(browser, "settings-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                "Settler " + Screens.unique());
        NotificationSettingsScreen settings = new NotificationSettingsScreen(browser);
        settings.open();
        assertThat(settings.quietStart()).as("no quiet hours yet").isEmpty();
        settings.save();
        assertThat(Screens.globalMessages(browser)).as("saving the page as it came, with no quiet hours")
                .isEqualTo("Your notification settings are saved.");

        settings.chooseChannel("Replies to your topics", "EMAIL");
        settings.quietFrom("07:00");
        settings.quietUntil("07:00");
        settings.save();
        assertThat(settings.messageNextToQuietEnd()).isEqualTo("The start and the end must differ.");
        assertThat(settings.quietStart()).as("input kept").isEqualTo("07:00");

        settings.quietFrom("");
        settings.quietUntil("");
        settings.save();
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your notification settings are saved.");
        settings.open();
        assertThat(settings.channel("Replies to your topics")).as("reply e-mails chosen").isEqualTo("EMAIL");
        assertThat(settings.quietStart()).as("still none").isEmpty();
    }
}
