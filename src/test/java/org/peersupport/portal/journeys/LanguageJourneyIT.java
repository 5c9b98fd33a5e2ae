package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Language;

@ExtendWith(BrowserExtension.class)
class LanguageJourneyIT {

    @Test
    void aSpanishBrowserGetsSpanishPagesAndMessages(@Language("es") Browser browser) {
        browser.visit("/");
        assertThat(Screens.heading(browser)).isEqualTo("No tienes que pasar por esto a solas");
        assertThat(Screens.Header.getHelpLabel(browser)).isEqualTo("Ayuda inmediata");
        browser.screenshot("landing-es");

        browser.visit("/register.xhtml");
        Screens.Registration.fill(browser, "no-es-un-correo", "corta", "Lucía " + Screens.unique());
        Screens.Registration.submit(browser);
        assertThat(Screens.Registration.messageNextTo(browser, "email"))
                .isEqualTo("Escribe un correo válido, como nombre@ejemplo.org.");
        assertThat(Screens.Registration.messageNextTo(browser, "password"))
                .isEqualTo("Tu contraseña necesita entre 12 y 128 caracteres.");
        assertThat(Screens.Registration.messageNextTo(browser, "privacy")).isEqualTo("Lee y acepta esto para unirte.");
        browser.screenshot("registration-error-es");

        browser.visit("/login.xhtml");
        browser.screenshot("signin-es");
    }

    @Test
    void theSwitcherChangesAVisitorsLanguageAndRemembersIt(Browser browser) {
        browser.visit("/crisis.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("If you need help right now");

        Screens.Header.switchLanguage(browser, "Español");

        assertThat(browser.path()).isEqualTo("/crisis.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Si necesitas ayuda ahora mismo");
        browser.visit("/login.xhtml");
        assertThat(Screens.heading(browser)).isEqualTo("Entrar");
    }

    @Test
    void aMemberSeesTheLanguageOfTheirProfile(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "miembro@demo.test", "demo-pass-sereno");

        assertThat(Screens.heading(browser)).isEqualTo("Hola, Río Sereno");
        assertThat(Screens.Dashboard.facts(browser)).contains("Europe/Madrid");
        browser.screenshot("dashboard-es");
    }

    @Test
    void anAdminWorksInSpanishAfterSwitching(Browser browser) {
        browser.visit("/login.xhtml");
        Screens.SignIn.as(browser, "admin@demo.test", "demo-pass-portal");
        browser.visit("/admin/roles.xhtml");
        try {
            Screens.Header.switchLanguage(browser, "Español");
            assertThat(Screens.heading(browser)).isEqualTo("Personas y roles");
            browser.screenshot("roles-es");
            browser.visit("/member/dashboard.xhtml");
            assertThat(Screens.heading(browser)).as("kept in the profile").isEqualTo("Hola, Portal Admin");
        } finally {
            Screens.Header.switchLanguage(browser, "English"); // other journeys expect the demo admin in English
        }
        assertThat(Screens.heading(browser)).isEqualTo("Hello, Portal Admin");
    }
}
