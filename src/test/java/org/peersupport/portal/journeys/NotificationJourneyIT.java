package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Mailbox;

@ExtendWith(BrowserExtension.class)
class NotificationJourneyIT {

    private static final By BELL_COUNT = By.cssSelector("#bell .bell__count");

    @Test
    void aMemberGivenARoleSeesTheBellCountReadsTheNoticeAndGetsAnEmail(Browser browser) throws Exception {
        String email = "newcomer-" + Screens.unique() + "@example.org";
        String name = "Newcomer " + Screens.unique();
        Screens.Registration.join(browser, email, "a calm and long passphrase", name);
        assertThat(browser.isPresent(BELL_COUNT)).as("nothing unread yet").isFalse();
        Screens.signOut(browser);

        Screens.Roles.signInAsAdminAndFind(browser, name);
        browser.click(Screens.Roles.toggle(name, "Facilitator"));
        assertThat(Screens.globalMessages(browser)).isEqualTo("Granted Facilitator to " + name + ".");
        Screens.signOut(browser);

        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, email, "a calm and long passphrase");
        assertThat(browser.text(BELL_COUNT)).isEqualTo("1");
        browser.click("bell");

        assertThat(Screens.heading(browser)).isEqualTo("Your notifications");
        assertThat(browser.text(By.cssSelector(".notice--unread .notice__text")))
                .isEqualTo("You can now take part as: Facilitator.");
        browser.screenshot("notifications-en");
        browser.click("notices:markAll");
        assertThat(browser.isPresent(BELL_COUNT)).as("all read").isFalse();
        assertThat(browser.isPresent(By.cssSelector(".notice--read"))).isTrue();

        List<Mailbox.Mail> mail = awaitMail(email, Duration.ofSeconds(40));
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).subject()).isEqualTo("A message from Peer Support Portal");
        assertThat(mail.get(0).text()).startsWith("Hello " + name + ", there is something new")
                .contains("You can now take part as: Facilitator.");
    }

    @Test
    void aMemberChoosesChannelsAndQuietHoursWithClearErrors(Browser browser) {
        browser.visit("/login.xhtml");
        assertThat(Screens.heading(browser)).as("at %s", browser.path()).isEqualTo("Sign in");
        Screens.SignIn.as(browser, "mentor@demo.test", "mentor-demo-pass");
        browser.visit("/member/notification-settings.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("How we tell you things");

        browser.setValue("settings:quietStart", "22:00");
        browser.click("settings:save");
        assertThat(Screens.messageNextTo(browser, "settings:quietEnd"))
                .isEqualTo("Please give both times, or leave both empty.");
        assertThat(browser.value("settings:quietStart")).as("input kept").isEqualTo("22:00");
        browser.screenshot("notification-settings-error-en");

        browser.setValue("settings:quietEnd", "07:00");
        browser.click("settings:save");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your notification settings are saved.");
        browser.visit("/member/notification-settings.xhtml");
        assertThat(browser.value("settings:quietEnd")).as("saved").isEqualTo("07:00");
    }

    @Test
    void aNewMemberSavesUnchangedChoosesReplyEmailsAndClearsQuietHours(Browser browser) {
        Screens.Registration.join(browser, "settings-" + Screens.unique() + "@example.org", "a calm and long passphrase",
                "Settler " + Screens.unique());
        browser.visit("/member/notification-settings.xhtml");
        assertThat(browser.value("settings:quietStart")).as("no quiet hours yet").isEmpty();
        browser.click("settings:save");
        assertThat(Screens.globalMessages(browser)).as("saving the page as it came, with no quiet hours")
                .isEqualTo("Your notification settings are saved.");

        String replies = browser.find(By.xpath("//label[normalize-space()='Replies to your topics']"))
                .getDomAttribute("for").replaceFirst("_(focus|input|label)$", "");
        browser.select(replies, "EMAIL");
        browser.setValue("settings:quietStart", "07:00").setValue("settings:quietEnd", "07:00");
        browser.click("settings:save");
        assertThat(Screens.messageNextTo(browser, "settings:quietEnd")).isEqualTo("The start and the end must differ.");
        assertThat(browser.value("settings:quietStart")).as("input kept").isEqualTo("07:00");

        browser.setValue("settings:quietStart", "").setValue("settings:quietEnd", "");
        browser.click("settings:save");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Your notification settings are saved.");
        browser.visit("/member/notification-settings.xhtml");
        assertThat(browser.find(By.id(replies + "_input")).getDomProperty("value")).as("reply e-mails chosen").isEqualTo("EMAIL");
        assertThat(browser.value("settings:quietStart")).as("still none").isEmpty();
    }

    private static List<Mailbox.Mail> awaitMail(String address, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Mailbox.Mail> mail = Mailbox.of(address);
        while (mail.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500); // the portal's sender runs every ten seconds
            mail = Mailbox.of(address);
        }
        return mail;
    }
}
