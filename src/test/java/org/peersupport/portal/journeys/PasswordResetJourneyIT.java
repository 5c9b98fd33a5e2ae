package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Mailbox;
import org.peersupport.portal.testsupport.TestServers;

/**
 * A member who forgot their password: signed in on one device, they ask on another for a link, the
 * mail arrives, they choose a new password and the first device's session is gone. Unknown
 * addresses get the same answer; used and forged links say why and offer a new one; the whole way
 * works by keyboard alone on a 390-px phone.
 */
@ExtendWith(BrowserExtension.class)
class PasswordResetJourneyIT {

    private static final String PASSPHRASE = "a calm and long passphrase";
    private static final String NEW_PASSPHRASE = "a new and quiet passphrase";
    private static final String ANSWER = "If an account exists for that address, we have sent a link to it.";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(45);

    @Test
    void aMemberChoosesANewPasswordByMailAndTheirOtherSessionEnds(Browser laptop) throws Exception {
        String email = "forgetful-" + Screens.unique() + "@example.org";
        Screens.Registration.join(laptop, email, PASSPHRASE, "Forgetful " + Screens.unique());
        assertThat(laptop.path()).startsWith("/member/dashboard.xhtml");

        try (Browser other = Browser.open(TestServers.portal().baseUrl(), "en")) {
            PasswordResetScreen reset = new PasswordResetScreen(other);
            reset.openFromSignIn();
            assertThat(Screens.heading(other)).isEqualTo("Forgot your password?");
            other.screenshot("forgot-password-en");
            reset.ask("nobody-" + Screens.unique() + "@example.org");
            String answerForStranger = reset.answer();
            reset.openFromSignIn();
            reset.ask(email);
            assertThat(reset.answer()).as("the same answer, known or not").startsWith(ANSWER).isEqualTo(answerForStranger);
            other.screenshot("forgot-password-sent-en");

            List<Mailbox.Mail> mails = PasswordResetScreen.awaitMails(email, 1, MAIL_WAIT);
            assertThat(mails).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).isEqualTo("About your Peer Support Portal account");
                assertThat(mail.text()).contains("within 30 minutes");
            });
            String link = PasswordResetScreen.linkIn(mails.get(0));

            other.visit(link);
            assertThat(Screens.heading(other)).isEqualTo("Choose a new password");
            other.screenshot("reset-password-en");
            reset.choose(NEW_PASSPHRASE, NEW_PASSPHRASE + "!");
            assertThat(reset.messageNextTo("repeated")).startsWith("The two passwords are not the same.");
            reset.choose("too short", "too short");
            assertThat(reset.messageNextTo("password")).startsWith("Your password needs at least 12");
            other.screenshot("reset-password-refused-en");
            reset.choose(NEW_PASSPHRASE, NEW_PASSPHRASE);
            other.waitUntil(() -> other.path().startsWith("/login.xhtml?reset=true"));
            assertThat(Screens.notice(other)).startsWith("Your password is changed, and every device that was signed in has been signed out.");
            other.screenshot("reset-password-done-en");

            laptop.visit("/member/dashboard.xhtml");
            laptop.waitUntil(() -> laptop.path().startsWith("/login.xhtml"));
            assertThat(Screens.heading(laptop)).as("the laptop's session is gone").isEqualTo("Sign in");

            Screens.SignIn.as(other, email, NEW_PASSPHRASE);
            assertThat(other.path()).isEqualTo("/member/dashboard.xhtml");
            Screens.signOut(other);
            Screens.signInAs(other, email, PASSPHRASE);
            assertThat(other.path()).as("the old password is gone").startsWith("/login.xhtml");

            List<Mailbox.Mail> told = PasswordResetScreen.awaitMails(email, 2, MAIL_WAIT);
            assertThat(told).hasSize(2);
            assertThat(told.get(1).text()).contains("The password of your account was changed", "If it was not you");

            other.visit(link);
            assertThat(reset.offersTheForm()).isFalse();
            assertThat(reset.refusal()).startsWith("This link has already been used").contains("Nothing has been changed.");
            assertThat(reset.offersToAskAgain()).isTrue();
            other.screenshot("reset-password-used-en");
        }
    }

    @Test
    void aForgedOrCutLinkSaysWhyAndOffersANewOneOnAPhone() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            PasswordResetScreen reset = new PasswordResetScreen(phone);
            phone.visit("/reset-password.xhtml?token=" + "A".repeat(43));
            assertThat(reset.offersTheForm()).isFalse();
            assertThat(reset.refusal()).startsWith("Este enlace no es uno de los que enviamos");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("reset-password-forged-390-es");

            phone.visit("/reset-password.xhtml");
            assertThat(reset.refusal()).startsWith("Este enlace no es uno de los que enviamos");
            phone.visit("/reset-password.xhtml?token=%27%20OR%201%3D1");
            assertThat(reset.refusal()).startsWith("Este enlace no es uno de los que enviamos");

            phone.submitAndWaitForPage(org.openqa.selenium.By.id("askAgain"));
            assertThat(Screens.heading(phone)).isEqualTo("¿Has olvidado tu contraseña?");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("forgot-password-390-es");
        }
    }

    @Test
    void theWholeWayWorksByKeyboardAloneOnAPhone() throws Exception {
        String email = "keys-" + Screens.unique() + "@example.org";
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.Registration.join(phone, email, PASSPHRASE, "Keys " + Screens.unique());
            Screens.signOut(phone);
            phone.visit("/login.xhtml");
            KeyboardScreen keys = new KeyboardScreen(phone);
            keys.tabToLink("Forgot your password?");
            keys.enterAndWaitForPage();
            assertThat(Screens.heading(phone)).isEqualTo("Forgot your password?");
            keys.tabToField("forgot:email");
            keys.type(email);
            keys.enterAndWaitForPage();
            assertThat(new PasswordResetScreen(phone).answer()).startsWith(ANSWER);
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("forgot-password-sent-390-en");

            String link = PasswordResetScreen.linkIn(PasswordResetScreen.awaitMails(email, 1, MAIL_WAIT).get(0));
            phone.visit(link);
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("reset-password-390-en");
            keys.tabToField("reset:password");
            keys.type(NEW_PASSPHRASE);
            keys.tabToField("reset:repeated");
            keys.type(NEW_PASSPHRASE);
            keys.tabToButton("Save the new password");
            keys.enter();
            phone.waitUntil(() -> phone.path().startsWith("/login.xhtml?reset=true"));

            keys.tabToField("signin:email");
            keys.type(email);
            keys.tabToField("signin:password");
            keys.type(NEW_PASSPHRASE);
            keys.enterAndWaitForPage();
            assertThat(phone.path()).isEqualTo("/member/dashboard.xhtml");
        }
    }
}
