package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;

@ExtendWith(BrowserExtension.class)
class AccessJourneyIT {

    @Test
    void aMemberIsRefusedTheAdminPageWithACalmPage(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "member@demo.test", "member-demo-pass");
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

        Screens.Roles.toggleRole(browser, name, "Peer mentor");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Granted Peer mentor to " + name + ".");
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).isEqualTo("true");
        browser.screenshot("roles-en");

        Screens.Roles.toggleRole(browser, name, "Peer mentor");
        assertThat(Screens.globalMessages(browser)).isEqualTo("Removed Peer mentor from " + name + ".");
        assertThat(Screens.Roles.rolePressed(browser, name, "Peer mentor")).isEqualTo("false");
    }
}
