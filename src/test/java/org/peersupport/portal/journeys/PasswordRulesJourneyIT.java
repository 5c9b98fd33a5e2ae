package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/** Each reason a password is refused is named next to the field on /register.xhtml, and what was typed is kept. */
@ExtendWith(BrowserExtension.class)
class PasswordRulesJourneyIT {

    @Test
    void eachRefusalSaysWhyNextToThePasswordAndKeepsTheInput(Browser browser) {
        String id = Screens.unique();
        String email = "river" + id + "@example.org";
        String name = "Lantern " + id;
        browser.visit("/register.xhtml");

        Screens.Registration.fill(browser, email, "password1234", name);
        Screens.Registration.acceptBoth(browser);
        assertThat(refusal(browser, "password1234"))
                .isEqualTo("This password is on a list of common or leaked passwords that attackers try first. Please choose another.");
        assertThat(Screens.Registration.email(browser)).as("input kept").isEqualTo(email);
        assertThat(Screens.Registration.displayName(browser)).as("input kept").isEqualTo(name);
        assertThat(browser.value("registration:password")).as("password kept to correct").isEqualTo("password1234");
        browser.screenshot("password-rules-common-en");

        assertThat(refusal(browser, "aaaaaaaaaaaa"))
                .isEqualTo("Your password repeats the same character or group of characters. Please choose something less predictable.");
        assertThat(refusal(browser, "qwertyuiopasdf"))
                .isEqualTo("Your password is a run of letters, digits or keyboard keys in order. Please choose something less predictable.");
        assertThat(refusal(browser, "I am river" + id + " on here"))
                .isEqualTo("Your password must not contain your e-mail address or the part before the @.");
        assertThat(refusal(browser, "hello " + name.toUpperCase() + " friend"))
                .isEqualTo("Your password must not contain your display name.");
        assertThat(Screens.Registration.messageNextTo(browser, "email")).isEmpty();

        Screens.Registration.retypePassword(browser, "kettle on the third floor");
        Screens.Registration.submit(browser);
        assertThat(browser.path()).as("accepted: every new member is asked to confirm the address").isEqualTo("/check-email.xhtml");
    }

    @Test
    void onAPhoneInSpanishTheReasonIsSpanishAndFits() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "es", "390,844")) {
            phone.visit("/register.xhtml");
            Screens.Registration.fill(phone, "rio" + Screens.unique() + "@example.org", "password1234", "Río " + Screens.unique());
            Screens.Registration.acceptBoth(phone);
            assertThat(refusal(phone, "password1234"))
                    .isEqualTo("Esta contraseña está en una lista de contraseñas comunes o filtradas que los atacantes prueban primero. Elige otra.");
            assertThat(Phone.scrollsSideways(phone)).as(Phone.widths(phone)).isFalse();
            phone.screenshot("password-rules-phone-es");
        }
    }

    /** Types a password over the last one and submits the (otherwise filled, ticked) form. */
    private static String refusal(Browser browser, String password) {
        Screens.Registration.retypePassword(browser, password);
        Screens.Registration.submit(browser);
        browser.settle();
        return Screens.Registration.messageNextTo(browser, "password");
    }
}
