package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.BrowserExtension;
import org.peersupport.portal.testsupport.Language;

/** "Get help now" as visitors and members find it: help for their country, in their language. */
@ExtendWith(BrowserExtension.class)
class GetHelpJourneyIT {

    @Test
    void aVisitorFromMexicoSeesMexicosLineAndCanChooseAnotherCountry(@Language("es-MX") Browser browser) {
        browser.visit("/");
        browser.click(By.id("getHelp"));

        assertThat(Screens.heading(browser)).isEqualTo("Si necesitas ayuda ahora mismo");
        assertThat(browser.text(By.cssSelector(".crisis-for"))).startsWith("País: México.");
        assertThat(Screens.Crisis.emergencyNumber(browser)).isEqualTo("911");
        assertThat(browser.find(By.id("emergencyCall")).getDomAttribute("href")).isEqualTo("tel:911");
        assertThat(Screens.Crisis.helplines(browser)).contains("Línea de la Vida", "800 911 2000",
                "Abierto las 24 horas, todos los días");
        assertThat(browser.find(By.cssSelector(".helpline a[href='tel:8009112000']")).isDisplayed()).isTrue();
        browser.screenshot("crisis-visitor-es-MX");

        Screens.Crisis.chooseCountry(browser, "AR");
        assertThat(browser.path()).isEqualTo("/crisis.xhtml?country=AR");
        assertThat(browser.text(By.cssSelector(".crisis-for"))).startsWith("País: Argentina.");
        assertThat(browser.find(By.cssSelector("#country option[selected]")).getText()).isEqualTo("Argentina");
        assertThat(Screens.Crisis.helplines(browser)).contains("0800 999 0091").doesNotContain("800 911 2000");

        Screens.Crisis.chooseCountry(browser, "other");
        assertThat(browser.isPresent(By.id("emergencyCall"))).as("no single number works everywhere").isFalse();
        assertThat(browser.text(By.id("emergency"))).contains("Llama al número de emergencias de tu país");
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
        Screens.signInAs(browser, "member@demo.test", "member-demo-pass");
        browser.click(By.id("getHelp"));
        assertThat(Screens.heading(browser)).isEqualTo("If you need help right now");
        assertThat(Screens.Crisis.emergencyNumber(browser)).as("Europe/London is the United Kingdom").isEqualTo("999");
        assertThat(Screens.Crisis.helplines(browser)).startsWith("Samaritans").contains("116 123", "Shout", "85258");
        assertThat(browser.text(By.id("care"))).contains("not an emergency service");
    }
}
