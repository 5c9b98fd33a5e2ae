package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/** A member changes their own account on member/settings.xhtml: zone and language, password, devices, by keyboard and on a phone. */
@ExtendWith(BrowserExtension.class)
class AccountSettingsJourneyIT {

    private static final String PASSPHRASE = "a calm and long passphrase";
    private static final String NEW_PASSPHRASE = "another calm long passphrase";

    @Test
    void aNewTimeZoneAndLanguageShowAtOnceOnEveryPage(Browser member) {
        Screens.Registration.join(member, "zone-" + Screens.unique() + "@example.org", PASSPHRASE, "Zoner " + Screens.unique());
        member.click(By.id("settingsLink"));
        assertThat(Screens.heading(member)).isEqualTo("Account settings");
        member.screenshot("settings-1280-en");

        SettingsScreen settings = new SettingsScreen(member);
        settings.saveRegion("Asia/Tokyo", "es");

        assertThat(Screens.heading(member)).isEqualTo("Ajustes de la cuenta");
        assertThat(settings.regionNow()).contains("Asia/Tokyo");
        assertThat(member.evaluate("return document.documentElement.lang")).isEqualTo("es");
        member.screenshot("settings-saved-1280-es");
        member.visit("/member/dashboard.xhtml");
        assertThat(Screens.heading(member)).startsWith("Hola,");
        assertThat(Screens.Dashboard.facts(member)).contains("Horas mostradas en").contains("Asia/Tokyo");
    }

    @Test
    void aWrongCurrentPasswordIsSaidNextToItThenTheRightOneEndsTheOtherBrowsersSession(Browser member) {
        String email = "keys-" + Screens.unique() + "@example.org";
        Screens.Registration.join(member, email, PASSPHRASE, "Keys " + Screens.unique());
        try (Browser other = Browser.open(TestServers.portal().baseUrl(), "en")) {
            Screens.signInAs(other, email, PASSPHRASE);
            SettingsScreen settings = new SettingsScreen(member).open();
            assertThat(settings.deviceCount()).isEqualTo(2);
            assertThat(settings.devices()).contains("This device").contains("Chrome on Linux");
            member.evaluate("document.getElementById('devicesTitle').scrollIntoView()");
            member.screenshot("settings-devices-1280-en");

            settings.changePassword("not the passphrase at all", NEW_PASSPHRASE);
            assertThat(settings.messageNextToCurrentPassword()).isEqualTo("That is not your current password. Nothing was changed.");
            assertThat(settings.typedNewPassword()).as("what was typed is kept").isEqualTo(NEW_PASSPHRASE);
            other.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(other)).as("nothing changed").startsWith("Hello");

            settings.changePassword(PASSPHRASE, NEW_PASSPHRASE);
            assertThat(Screens.globalMessages(member)).startsWith("Your password is changed.");
            other.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(other)).as("the other session is gone").isEqualTo("Sign in");
            member.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(member)).as("this one stays").startsWith("Hello");

            Screens.SignIn.as(other, email, NEW_PASSPHRASE);
            settings.open();
            assertThat(settings.deviceCount()).isEqualTo(2);
            settings.signOutEverywhereElse();
            assertThat(Screens.globalMessages(member)).startsWith("Every other device is signed out.");
            other.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(other)).as("signed out everywhere else").isEqualTo("Sign in");

            Screens.SignIn.as(other, email, NEW_PASSPHRASE);
            settings.open();
            settings.signOutAnotherDevice();
            assertThat(Screens.globalMessages(member)).isEqualTo("That device is signed out.");
            assertThat(settings.deviceCount()).isEqualTo(1);
            other.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(other)).as("that one device signed out").isEqualTo("Sign in");
            member.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(member)).startsWith("Hello");
        }
    }

    @Test
    void onAPhoneByKeyboardOnlyTheDisplayNameChanges() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.Registration.join(phone, "phone-" + Screens.unique() + "@example.org", PASSPHRASE, "Pocket " + Screens.unique());
            new SettingsScreen(phone).open();
            phone.screenshot("settings-390-en");
            KeyboardScreen keys = new KeyboardScreen(phone);
            keys.tabToField("name:displayName");
            String renamed = "Renamed " + Screens.unique();
            phone.press(Keys.chord(Keys.CONTROL, "a"));
            phone.press(Keys.BACK_SPACE);
            phone.press(renamed);
            assertThat(phone.value("name:displayName")).isEqualTo(renamed);
            keys.tabToButton("Save display name");
            phone.press(Keys.ENTER);
            phone.waitUntil(() -> !Screens.globalMessages(phone).isEmpty());
            assertThat(Screens.globalMessages(phone)).isEqualTo("Your display name is changed.");
            phone.screenshot("settings-renamed-390-en");
            phone.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(phone)).isEqualTo("Hello, " + renamed);
        }
    }
}
