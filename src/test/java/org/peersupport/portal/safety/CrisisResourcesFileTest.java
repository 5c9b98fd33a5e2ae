package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.CrisisResources.Country;
import org.peersupport.portal.safety.CrisisResources.Helpline;
import org.peersupport.portal.shared.policy.PolicyFileException;

/** How crisis-resources.yaml is read, and how a broken one is refused with its line. */
class CrisisResourcesFileTest {

    private static final String INTERNATIONAL = """
            international:
              name: { en: Another country, es: Otro país }
              emergency-note: { en: Call your local emergency number., es: Llama al número de emergencias de tu país. }
              helplines:
                - name: Find A Helpline
                  website: https://findahelpline.com
                  languages: [en]
                  about: { en: A directory., es: Un directorio. }
            """;

    private static final String SPAIN = """
            countries:
              ES:
                name: { en: Spain, es: España }
                time-zones: [Europe/Madrid, Atlantic/Canary]
                emergency: "112"
                helplines:
                  - name: Teléfono de la Esperanza
                    call: "717 003 717"
                    hours: { en: Every day, es: Todos los días }
                    languages: [es]
                    about: { en: Volunteers listen., es: Te escuchan. }
                  - name: { en: The 024 line, es: La línea 024 }
                    call: "024"
                    text: "024"
                    text-word: HOLA
                    whatsapp: "+34 600 000 000"
                    chat: https://example.org/chat
                    hours: 24/7
                    languages: [es, en]
                    about: { en: Free., es: Gratis. }
            """;

    private static CrisisResources read(String yaml) {
        return CrisisResourcesFile.read(CrisisResourcesFile.NAME, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String yaml, int line, String reason) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PolicyFileException.class, e -> {
            assertThat(e.file()).isEqualTo(CrisisResourcesFile.NAME);
            assertThat(e.reason()).contains(reason);
            assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
            assertThat(e.getMessage()).startsWith(CrisisResourcesFile.NAME + ", line " + line + ": ");
        });
    }

    @Test
    void aSmallFileIsReadAsWritten() {
        CrisisResources resources = read(SPAIN + INTERNATIONAL);

        Country spain = resources.country("ES").orElseThrow();
        assertThat(spain.nameIn("es")).isEqualTo("España");
        assertThat(spain.emergency().display()).isEqualTo("112");
        assertThat(spain.emergencyNoteIn("en")).isNull();
        assertThat(resources.countryOfTimeZone(ZoneId.of("Atlantic/Canary"))).contains(spain);

        Helpline hope = spain.helplines().get(0);
        assertThat(hope.nameIn("en")).isEqualTo("Teléfono de la Esperanza");
        assertThat(hope.calls()).singleElement().satisfies(number -> {
            assertThat(number.display()).isEqualTo("717 003 717");
            assertThat(number.tel()).isEqualTo("tel:717003717");
        });
        assertThat(hope.alwaysOpen()).isFalse();
        assertThat(hope.hoursIn("es")).isEqualTo("Todos los días");

        Helpline line024 = spain.helplines().get(1);
        assertThat(line024.nameIn("es")).isEqualTo("La línea 024");
        assertThat(line024.alwaysOpen()).isTrue();
        assertThat(line024.hoursIn("en")).isNull();
        assertThat(line024.text().sms()).isEqualTo("sms:024");
        assertThat(line024.textWord()).isEqualTo("HOLA");
        assertThat(line024.whatsApp().whatsAppLink()).isEqualTo("https://wa.me/34600000000");
        assertThat(line024.chat()).hasToString("https://example.org/chat");
        assertThat(line024.languages()).containsExactly("es", "en");

        Country international = resources.international();
        assertThat(international.isInternational()).isTrue();
        assertThat(international.emergency()).isNull();
        assertThat(international.emergencyNoteIn("es")).isEqualTo("Llama al número de emergencias de tu país.");
        assertThat(international.helplines().get(0).website()).hasToString("https://findahelpline.com");
    }

    @Test
    void theReviewedFileIsReadFromTheFolderAndFromTheWar() throws IOException {
        for (CrisisResources resources : List.of(CrisisResourcesFile.fromDirectory(Path.of("moderation-policies")),
                CrisisResourcesFile.fromClassPath())) {
            assertThat(resources.countries()).extracting(Country::code)
                    .contains("US", "CA", "GB", "IE", "ES", "MX", "AR", "CO", "CL");
            assertThat(resources.country("ES").orElseThrow().helplines()).extracting(h -> h.calls().get(0).display())
                    .contains("024", "717 003 717");
            assertThat(resources.country("MX").orElseThrow().helplines().get(0).calls().get(0).display())
                    .isEqualTo("800 911 2000");
            assertThat(resources.country("US").orElseThrow().helplines().get(0).calls().get(0).display()).isEqualTo("988");
            assertThat(resources.country("GB").orElseThrow().helplines().get(0).calls().get(0).display()).isEqualTo("116 123");
            assertThat(resources.countryOfTimeZone(ZoneId.of("Europe/Madrid")).map(Country::code)).contains("ES");
            assertThat(resources.countryOfTimeZone(ZoneId.of("Europe/London")).map(Country::code)).contains("GB");
            assertThat(resources.international().helplines()).isNotEmpty();
            for (Country country : resources.countries()) {
                assertThat(country.emergency()).as(country.code()).isNotNull();
            }
        }
    }

    @Test
    void everyListedTimeZoneIsOneAMemberCanChooseAtRegistration() throws IOException {
        CrisisResources resources = CrisisResourcesFile.fromDirectory(Path.of("moderation-policies"));
        assertThat(resources.countries()).allSatisfy(country -> assertThat(country.timeZones())
                .isNotEmpty()
                .allSatisfy(zone -> assertThat(zone.getId()) // the pattern of account.web.TimeZones
                        .matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[^/]+(/[^/]+)?")));
    }

    @Test
    void anUnknownKeyIsRefusedAtItsLine() {
        assertRefused(SPAIN.replace("    emergency: \"112\"\n", "    emergency: \"112\"\n    emergancy: \"113\"\n")
                + INTERNATIONAL, 6, "unknown key 'emergancy'");
        assertRefused(SPAIN.replace("        call: \"024\"\n", "        cal: \"024\"\n") + INTERNATIONAL, 13,
                "unknown key 'cal'");
    }

    @Test
    void aHelplineWithoutAnyWayToReachItIsRefused() {
        String noNumber = SPAIN.replace("        call: \"717 003 717\"\n", "") + INTERNATIONAL;
        assertRefused(noNumber, 7, "a helpline needs a number to call or text");
    }

    @Test
    void aMissingEmergencyNumberOrHoursIsRefused() {
        assertRefused(SPAIN.replace("    emergency: \"112\"\n", "") + INTERNATIONAL, 2, "'emergency' is missing");
        assertRefused(SPAIN.replace("        hours: 24/7\n", "") + INTERNATIONAL, 12, "'hours' is missing");
        assertRefused(SPAIN.replace("        hours: 24/7\n", "        hours: always\n") + INTERNATIONAL, 18,
                "hours are 24/7 or a text in each language");
    }

    @Test
    void aNumberWithoutQuotesOrWithLettersIsRefused() {
        assertRefused(SPAIN.replace("emergency: \"112\"", "emergency: 112") + INTERNATIONAL, 5, "write the number 112 in quotes");
        assertRefused(SPAIN.replace("call: \"024\"", "call: \"0 2 4 or 112\"") + INTERNATIONAL, 13,
                "'0 2 4 or 112' is not a phone number");
        assertRefused(SPAIN.replace("\"+34 600 000 000\"", "\"600 000 000\"") + INTERNATIONAL, 16,
                "with its country code");
    }

    @Test
    void aTimeZoneThatDoesNotExistOrIsListedTwiceIsRefused() {
        assertRefused(SPAIN.replace("Atlantic/Canary", "Europe/Madird") + INTERNATIONAL, 4,
                "'Europe/Madird' is not a time zone");
        assertRefused(SPAIN.replace("Atlantic/Canary", "UTC") + INTERNATIONAL, 4, "'UTC' is not a region's time zone");
        String twice = SPAIN + """
                  PT:
                    name: { en: Portugal, es: Portugal }
                    time-zones: [Europe/Lisbon, Atlantic/Canary]
                    emergency: "112"
                    helplines:
                      - name: A line
                        website: https://example.org
                        languages: [pt]
                        about: { en: A., es: B. }
                """ + INTERNATIONAL;
        assertRefused(twice, 23, "the time zone Atlantic/Canary is already listed for ES");
    }

    @Test
    void aCountryCodeThatIsNotTwoCapitalsIsRefused() {
        assertRefused(SPAIN.replace("  ES:", "  es:") + INTERNATIONAL, 2, "'es' is not a country code");
        assertRefused(SPAIN.replace("  ES:", "  ESP:") + INTERNATIONAL, 2, "'ESP' is not a country code");
    }

    @Test
    void aCountryListedTwiceIsRefused() {
        String twice = SPAIN + """
                  ES:
                    name: { en: Spain, es: España }
                """ + INTERNATIONAL;
        assertRefused(twice, 21, "duplicate key ES");
    }

    @Test
    void aTextMissingInOneOfThePortalsLanguagesIsRefused() {
        assertRefused(SPAIN.replace("about: { en: Free., es: Gratis. }", "about: { en: Free. }") + INTERNATIONAL, 20,
                "the 'es' text is missing");
        assertRefused(SPAIN.replace("name: { en: Spain, es: España }", "name: { en: Spain, ES: España }") + INTERNATIONAL,
                3, "'ES' is not a two-letter language code");
    }

    @Test
    void otherMistakesInAHelplineAreRefusedAtTheirLine() {
        assertRefused(SPAIN.replace("chat: https://example.org/chat", "chat: example.org/chat") + INTERNATIONAL, 17,
                "is not a web address starting with https://");
        assertRefused(SPAIN.replace("        text: \"024\"\n", "") + INTERNATIONAL, 14, "'text-word' needs a 'text' number");
        assertRefused(SPAIN.replace("languages: [es, en]", "languages: [es, english]") + INTERNATIONAL, 19,
                "'english' is not a two-letter language code");
        assertRefused(SPAIN.replace("languages: [es, en]", "languages: []") + INTERNATIONAL, 19,
                "list the languages");
    }

    @Test
    void theInternationalEntryIsRequiredAndHasNoNumberOfItsOwn() {
        assertRefused(SPAIN, 1, "'international' is missing");
        assertRefused(SPAIN + INTERNATIONAL.replace("  emergency-note:", "  emergency: \"112\"\n  emergency-note:"), 23,
                "unknown key 'emergency'");
    }
}
