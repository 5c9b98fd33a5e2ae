package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.CrisisResources.Basis;
import org.peersupport.portal.safety.CrisisResources.Choice;
import org.peersupport.portal.safety.CrisisResources.Helpline;

/** Which country's help a reader sees, and in which order its helplines come. */
class CrisisResourcesTest {

    private static final CrisisResources RESOURCES = CrisisResourcesFile.read("test.yaml", """
            countries:
              ES:
                name: { en: Spain, es: España }
                time-zones: [Europe/Madrid]
                emergency: "112"
                helplines:
                  - { name: Spanish line, call: "024", hours: 24/7, languages: [es], about: { en: a, es: b } }
              MX:
                name: { en: Mexico, es: México }
                time-zones: [America/Mexico_City]
                emergency: "911"
                helplines:
                  - { name: Mexican line, call: "800 911 2000", hours: 24/7, languages: [es], about: { en: a, es: b } }
              CA:
                name: { en: Canada, es: Canadá }
                time-zones: [America/Toronto]
                emergency: "911"
                helplines:
                  - { name: French line, call: "1", hours: 24/7, languages: [fr], about: { en: a, es: b } }
                  - { name: English line, call: "2", hours: 24/7, languages: [en], about: { en: a, es: b } }
                  - { name: Both, call: "3", hours: 24/7, languages: [en, fr], about: { en: a, es: b } }
                  - { name: Spanish line, call: "4", hours: 24/7, languages: [es], about: { en: a, es: b } }
            international:
              name: { en: Another country, es: Otro país }
              emergency-note: { en: Call your local emergency number., es: Llama al número de emergencias. }
              helplines:
                - { name: Directory, website: "https://findahelpline.com", languages: [en], about: { en: a, es: b } }
            """.getBytes(StandardCharsets.UTF_8));

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final List<Locale> MEXICAN_BROWSER = List.of(Locale.forLanguageTag("es-MX"), Locale.forLanguageTag("es"));

    private static String chosen(Choice choice) {
        return choice.country().isInternational() ? "international" : choice.country().code();
    }

    @Test
    void aCountryPickedOnThePageComesFirst() {
        Choice choice = RESOURCES.choose("mx", MADRID, MEXICAN_BROWSER);
        assertThat(chosen(choice)).isEqualTo("MX");
        assertThat(choice.basis()).isEqualTo(Basis.CHOSEN);

        Choice another = RESOURCES.choose(CrisisResources.ANOTHER_COUNTRY, MADRID, MEXICAN_BROWSER);
        assertThat(chosen(another)).isEqualTo("international");
        assertThat(another.basis()).isEqualTo(Basis.CHOSEN);
    }

    @Test
    void aCountryNotInTheFileIsIgnoredAsAChoice() {
        assertThat(chosen(RESOURCES.choose("ZZ", MADRID, List.of()))).isEqualTo("ES");
        assertThat(chosen(RESOURCES.choose("<script>", null, MEXICAN_BROWSER))).isEqualTo("MX");
        assertThat(chosen(RESOURCES.choose("  ", null, List.of()))).isEqualTo("international");
    }

    @Test
    void aSignedInMembersTimeZoneComesBeforeTheBrowsersLanguage() {
        Choice choice = RESOURCES.choose(null, MADRID, MEXICAN_BROWSER);
        assertThat(chosen(choice)).isEqualTo("ES");
        assertThat(choice.basis()).isEqualTo(Basis.TIME_ZONE);
    }

    @Test
    void aTimeZoneOfNoListedCountryLeavesItToTheBrowsersLanguage() {
        Choice choice = RESOURCES.choose(null, ZoneId.of("Asia/Tokyo"), MEXICAN_BROWSER);
        assertThat(chosen(choice)).isEqualTo("MX");
        assertThat(choice.basis()).isEqualTo(Basis.BROWSER);
    }

    @Test
    void theFirstBrowserLanguageThatNamesACountryDecides() {
        assertThat(chosen(RESOURCES.choose(null, null, List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("es-MX")))))
                .isEqualTo("MX");
        assertThat(chosen(RESOURCES.choose(null, null, List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("en-CA")))))
                .as("someone in France is not sent to Canada's lines").isEqualTo("international");
    }

    @Test
    void withNothingToGoOnTheInternationalEntryIsShown() {
        Choice choice = RESOURCES.choose(null, null, List.of(Locale.ENGLISH));
        assertThat(chosen(choice)).isEqualTo("international");
        assertThat(choice.basis()).isEqualTo(Basis.UNKNOWN);
        assertThat(choice.country().emergency()).isNull();
        assertThat(choice.country().nameIn("es")).isEqualTo("Otro país");
    }

    @Test
    void helplinesInTheReadersLanguageComeFirstOtherwiseInTheFilesOrder() {
        var canada = RESOURCES.country("CA").orElseThrow();
        assertThat(canada.helplinesFor("en")).extracting(line -> line.nameIn("en"))
                .containsExactly("English line", "Both", "French line", "Spanish line");
        assertThat(canada.helplinesFor("es")).extracting(line -> line.nameIn("es"))
                .containsExactly("Spanish line", "French line", "English line", "Both");
        assertThat(canada.helplinesFor("de")).extracting((Helpline line) -> line.nameIn("de"))
                .as("a language no line serves keeps the file's order")
                .containsExactly("French line", "English line", "Both", "Spanish line");
    }

    @Test
    void theHolderSwapsInAFreshlyReadCatalogue() {
        CrisisResourcesHolder holder = new CrisisResourcesHolder();
        holder.replace(RESOURCES);
        assertThat(holder.current()).isSameAs(RESOURCES);
    }
}
