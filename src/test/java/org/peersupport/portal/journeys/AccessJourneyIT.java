package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

@ExtendWith(BrowserExtension.class)
class AccessJourneyIT {

    @Test
    void aMemberIsRefusedTheAdminPageWithACalmPage(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "member@demo.test", "demo-pass-harbor");
        browser.visit("/admin/roles.xhtml");

        assertThat(Screens.heading(browser)).isEqualTo("This page isn't available to you");
        assertThat(browser.pageSource()).doesNotContain("Exception", "Payara");
        assertThat(Screens.Header.offersGetHelp(browser)).isTrue();
        browser.screenshot("forbidden-en");
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPage(Browser browser) {
        browser.visit("/no/such/page.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("We couldn't find that page");
        assertThat(Screens.Header.offersGetHelp(browser)).isTrue();
    }

    @Test
    void anAdminGrantsAndRemovesARole(Browser browser) {
        String name = "Helper " + Screens.unique();
        Screens.Registration.join(browser, "helper-" + Screens.unique() + "@example.org", "a calm and long passphrase", name);
        Screens.signOut(browser);

        Screens.Roles.signInAsAdminAndFind(browser, name);
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).isEqualTo("false");

        Screens.Roles.askToToggleRole(browser, name, "Peer mentor");
        assertThat(new ConfirmScreen(browser).text()).as("a role changes only once confirmed")
                .isEqualTo("Grant a role? Grant the Peer mentor role to " + name + "? They can use it at once.");
        assertThat(new ConfirmScreen(browser).roleAndName()).isEqualTo("alertdialog: Grant a role?");
        assertThat(new ConfirmScreen(browser).focus()).as("the focus moves into the dialog").isEqualTo("dialog:Cancel");
        assertThat(new ConfirmScreen(browser).yesLabel()).isEqualTo("Grant");
        browser.screenshot("roles-confirm-1280-en");
        new ConfirmScreen(browser).cancel();
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).as("cancelled: nothing changed").isEqualTo("false");
        assertThat(Screens.globalMessages(browser)).isEmpty();

        Screens.Roles.askToToggleRoleByKeyboard(browser, name, "Peer mentor");
        new ConfirmScreen(browser).confirmByKeyboard();
        assertThat(Screens.globalMessages(browser)).isEqualTo("Granted Peer mentor to " + name + ".");
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).isEqualTo("true");
        browser.screenshot("roles-en");

        Screens.Roles.askToToggleRole(browser, name, "Peer mentor");
        assertThat(new ConfirmScreen(browser).text()).isEqualTo("Remove a role? Remove the Peer mentor role from " + name
                + "? They lose what it allows at once.");
        new ConfirmScreen(browser).cancelByEscape();
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).as("Escape changes nothing").isEqualTo("true");

        Screens.Roles.toggleRole(browser, name, "Peer mentor");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Removed Peer mentor from " + name + ".");
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).isEqualTo("false");

        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.Roles.signInAsAdminAndFind(phone, name);
            Screens.Roles.askToToggleRole(phone, name, "Moderator");
            new ConfirmScreen(phone).waitUntilOpen();
            phone.screenshot("roles-confirm-390-en");
            new ConfirmScreen(phone).cancel();
            assertThat(Screens.Roles.rolePressed(phone, name, "Moderator")).isEqualTo("false");
            phone.screenshot("roles-390-en");
            CoordinatorScreen coordination = new CoordinatorScreen(phone);
            coordination.open();
            phone.screenshot("coordinator-390-en");
            assertThat(coordination.scrollsSideways()).as("the coordinators' page fits a phone").isFalse();
        }
    }
}
