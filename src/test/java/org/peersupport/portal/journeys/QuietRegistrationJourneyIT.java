package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.TestServers;

/**
 * Registration that reveals nothing (issue 19): the same "check your e-mail" page for a new and a
 * known address; the owner of a known one is told by mail; a new member reads but cannot post until
 * the link in the mail confirms the address; a banner offers the link again, by keyboard and on a phone.
 */
@ExtendWith(BrowserExtension.class)
class QuietRegistrationJourneyIT {

    private static final String PASSPHRASE = "a calm and long passphrase";
    private static final By BANNER = By.id("addressBanner");
    private static final By CHECK_EMAIL = By.id("checkEmail");

    @Test
    void aNewMemberChecksTheirMailConfirmsAndThenPosts(Browser browser) {
        String email = "quiet-" + Screens.unique() + "@example.org";
        String name = "Quiet " + Screens.unique();
        Screens.Registration.joinUnconfirmed(browser, email, PASSPHRASE, name);
        assertThat(browser.path()).isEqualTo("/check-email.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Check your e-mail");
        browser.screenshot("check-email-en");

        Screens.signInAs(browser, email, PASSPHRASE);
        assertThat(browser.path()).as("an unconfirmed member may sign in").isEqualTo("/member/dashboard.xhtml");
        assertThat(browser.text(BANNER)).contains("Please confirm your e-mail address");
        browser.screenshot("address-banner-en");

        String title = "Hello from " + name;
        Screens.Forum.open(browser, "introductions");
        Screens.Forum.openNewTopicForm(browser);
        browser.type("newTopic:title", title).type("newTopic:body", "Glad to have found this place.");
        browser.click("newTopic:start");
        assertThat(Screens.globalMessages(browser) + Screens.messageNextTo(browser, "newTopic:body"))
                .contains("Please confirm your e-mail address first");
        assertThat(browser.value("newTopic:title")).as("input kept").isEqualTo(title);
        browser.screenshot("unconfirmed-refused-en");

        Screens.Registration.confirmFromMail(browser, email);
        assertThat(browser.text(By.id("confirmation"))).contains("your e-mail address is confirmed");
        browser.screenshot("address-confirmed-en");
        browser.visit(Screens.Registration.confirmationLink(email, 1).replace("token=", "token=x"));
        assertThat(browser.text(By.id("confirmation"))).as("a forged link").contains("This link does not work");

        Screens.Forum.startTopic(browser, "introductions", title, "Glad to have found this place.");
        assertThat(Screens.heading(browser)).isEqualTo(title);
        assertThat(browser.isPresent(BANNER)).as("no banner once confirmed").isFalse();
    }

    @Test
    void aKnownAddressGetsTheSamePageAndItsOwnerAMail(Browser browser) {
        String email = "owner-" + Screens.unique() + "@example.org";
        Screens.Registration.joinUnconfirmed(browser, email, PASSPHRASE, "Owner " + Screens.unique());
        String firstAnswer = browser.text(CHECK_EMAIL);
        String firstPath = browser.path();

        Screens.Registration.joinUnconfirmed(browser, email.toUpperCase(java.util.Locale.ROOT), "another long passphrase",
                "Stranger " + Screens.unique());

        assertThat(browser.path()).isEqualTo(firstPath);
        assertThat(browser.text(CHECK_EMAIL)).as("word for word the same answer").isEqualTo(firstAnswer);
        Mailbox.Mail told = Mailbox.awaitMail(email, m -> m.text().contains("someone has just tried"), 1).get(0);
        assertThat(told.text()).contains(TestServers.portal().baseUrl() + "login.xhtml")
                .contains(TestServers.portal().baseUrl() + "forgot-password.xhtml");
        assertThat(told.subject()).isEqualTo("A message from Peer Support Portal");
    }

    @Test
    void theLinkIsSentAgainByKeyboardAndTheBannerFitsAPhone(Browser browser) {
        String email = "phone-" + Screens.unique() + "@example.org";
        Screens.Registration.joinUnconfirmed(browser, email, PASSPHRASE, "Phone " + Screens.unique());
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            phone.visit("/check-email.xhtml");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("check-email-390");
            Screens.signInAs(phone, email, PASSPHRASE);
            assertThat(phone.text(BANNER)).contains("Please confirm your e-mail address");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("address-banner-390");

            phone.visit("/member/dashboard.xhtml");
            KeyboardScreen keys = new KeyboardScreen(phone);
            keys.tabToButton("Send the link again");
            phone.press(Keys.ENTER);
            phone.waitUntil(() -> !Screens.globalMessages(phone).isEmpty());
            assertThat(Screens.globalMessages(phone)).contains("We have sent a new link");
            phone.screenshot("address-link-sent-390");
        }
        String second = Screens.Registration.confirmationLink(email, 2);
        String first = Screens.Registration.confirmationLink(email, 1);
        assertThat(second).isNotEqualTo(first);
        browser.visit(first);
        assertThat(browser.text(By.id("confirmation"))).as("replaced by the new one").contains("This link does not work");
        browser.visit(second);
        assertThat(browser.text(By.id("confirmation"))).contains("your e-mail address is confirmed");
    }
}
