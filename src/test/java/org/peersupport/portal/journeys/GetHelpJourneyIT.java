package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Language;

/** "Get help now" as visitors and members find it: help for their country, in their language. */
@ExtendWith(BrowserExtension.class)
class GetHelpJourneyIT {

    @Test
    void aVisitorFromMexicoSeesMexicosLineAndCanChooseAnotherCountry(@Language("es-MX") Browser browser) {
        browser.visit("/");
        Screens.Crisis.openFromHeader(browser);

        assertThat(Screens.heading(browser)).isEqualTo("Si necesitas ayuda ahora mismo");
        assertThat(Screens.Crisis.country(browser)).startsWith("País: México.");
        assertThat(Screens.Crisis.emergencyNumber(browser)).isEqualTo("911");
        assertThat(Screens.Crisis.emergencyCallLink(browser)).isEqualTo("tel:911");
        assertThat(Screens.Crisis.helplines(browser)).contains("Línea de la Vida", "800 911 2000",
                "Abierto las 24 horas, todos los días");
        assertThat(Screens.Crisis.showsHelplineLink(browser, "tel:8009112000")).isTrue();
        browser.screenshot("crisis-visitor-es-MX");

        Screens.Crisis.chooseCountry(browser, "AR");
        assertThat(browser.path()).isEqualTo("/crisis.xhtml?country=AR");
        assertThat(Screens.Crisis.country(browser)).startsWith("País: Argentina.");
        assertThat(Screens.Crisis.selectedCountry(browser)).isEqualTo("Argentina");
        assertThat(Screens.Crisis.helplines(browser)).contains("0800 999 0091").doesNotContain("800 911 2000");

        Screens.Crisis.chooseCountry(browser, "other");
        assertThat(Screens.Crisis.offersEmergencyCall(browser)).as("no single number works everywhere").isFalse();
        assertThat(Screens.Crisis.emergency(browser)).contains("Llama al número de emergencias de tu país");
        assertThat(Screens.Crisis.helplines(browser)).contains("Find A Helpline");
    }

    @Test
    void aSpanishSpeakingVisitorInTheUnitedStatesSeesTheSpanishOptionsOf988(@Language("es-US") Browser browser) {
        browser.visit("/crisis.xhtml");
        assertThat(Screens.Crisis.emergencyNumber(browser)).isEqualTo("911");
        assertThat(Screens.Crisis.helplines(browser)).startsWith("988 Suicide & Crisis Lifeline")
                .contains("marca 2 al llamar", "Idiomas: inglés, español");
    }

    @Test
    void aSignedInMemberSeesTheHelpOfTheCountryOfTheirTimeZone(Browser browser) {
        Screens.signInAs(browser, "member@demo.test", "demo-pass-harbor");
        Screens.Crisis.openFromHeader(browser);
        assertThat(Screens.heading(browser)).isEqualTo("If you need help right now");
        assertThat(Screens.Crisis.emergencyNumber(browser)).as("Europe/London is the United Kingdom").isEqualTo("999");
        assertThat(Screens.Crisis.helplines(browser)).startsWith("Samaritans").contains("116 123", "Shout", "85258");
        assertThat(Screens.Crisis.care(browser)).contains("not an emergency service");
    }
}
