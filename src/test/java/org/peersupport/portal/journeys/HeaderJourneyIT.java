package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.TestServers;

/**
 * The header on a phone and on a laptop: a phone shows the brand, "Get help now", the bell and a
 * Menu button that opens the navigation and the staff tools and closes with Escape; a laptop keeps
 * everything on one row, with the member's own things (language, sign-out) in an account menu.
 */
@ExtendWith(BrowserExtension.class)
class HeaderJourneyIT {

    @Test
    void onAPhoneTheMenuOpensTheNavigationAndEscapeClosesItAndGivesTheFocusBack() {
        try (Browser phone = Browser.open(TestServers.portal().baseUrl(), "en", "390,844")) {
            Screens.signInAs(phone, "moderator@demo.test", "demo-pass-keeper");
            HeaderScreen header = new HeaderScreen(phone);
            assertThat(header.menuExpanded()).isFalse();
            assertThat(header.navigationShown()).as("folded away until asked for").isFalse();
            assertThat(header.getHelpShown()).as("help is never folded away").isTrue();
            assertThat(header.height()).as("header on an 844-px phone").isLessThan(844 / 5);

            header.toggleMenu();
            assertThat(header.menuExpanded()).isTrue();
            assertThat(header.navigationShown()).isTrue();
            assertThat(header.staffToolsShown()).isTrue();
            assertThat(header.visibleText()).contains("Forums", "Calendar", "Sign out", "Crisis alerts");
            phone.screenshot("header-phone-menu-open-en");

            header.focusFirstLink();
            phone.press(Keys.ESCAPE);
            assertThat(header.menuExpanded()).isFalse();
            assertThat(header.navigationShown()).isFalse();
            assertThat(header.focusedId()).isEqualTo("menuToggle");
        }
    }

    @Test
    void onALaptopTheHeaderIsOneRowAndTheAccountMenuHoldsLanguageAndSignOut(Browser laptop) {
        Screens.signInAs(laptop, "admin@demo.test", "demo-pass-portal");
        HeaderScreen header = new HeaderScreen(laptop);
        assertThat(header.rowHeight()).as("one row at 1280 px, even for an admin").isLessThanOrEqualTo(76);
        assertThat(header.navigationShown()).isTrue();
        assertThat(header.visibleText()).doesNotContain("Sign out");

        header.toggleAccount();
        assertThat(header.visibleText()).contains("Portal Admin", "English", "Español", "Sign out");
        laptop.screenshot("header-laptop-account-open-en");
        laptop.press(Keys.ESCAPE);
        assertThat(header.visibleText()).doesNotContain("Sign out");
        assertThat(header.focusedId()).isEqualTo("accountToggle");
    }
}
