package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.Screening.Decision;
import org.peersupport.portal.shared.policy.PolicyFileException;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Figure;

/** How the two policy files are read, and how a broken one is refused. */
class SafetyPolicyFilesTest {

    private static final String WATCHED_OK = "words:\n  - { phrase: \"buy followers\", action: block }\n";
    private static final String CRISIS_OK = """
            negation:
              window: 3
              cues:
                en: ["never"]
            phrases:
              en:
                - { phrase: "kill myself", severity: HIGH }
            """;
    private static final String CONCEPTS_OK = """
            window: 8
            negation-window: 4
            spellings:
              en: { kms: "kill myself" }
            concepts:
              wish:
                en: ["want", "=wish"]
              death:
                en: ["=die", "=kill myself"]
              someone-else:
                en: ["=she"]
              first-person:
                en: ["=i"]
            signals:
              - { all: [wish, death], severity: MEDIUM }
            """;

    private static final String PROTOTYPES_OK = """
            screen:
              en: { HIGH: 0.6, MEDIUM: 0.6, LOOK_SOON: 0.6, margin: 0.04 }
            polarity:
              en: ["never"]
            anchors:
              en: [life]
            concepts:
              - { concept: intent, tier: HIGH, en: ["I have decided to end my life on a day I have chosen."] }
            contrasts:
              - { concept: idiom, en: ["This job is killing me."] }
              - { concept: past, en: ["Years ago I wanted to end my life."] }
            """;

    private static SafetyScreen read(String watched, String crisis) {
        return SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS, watched.getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_LANGUAGE, crisis.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(ThrowingCallable reading, String file, int line, String reason) {
        assertThatThrownBy(reading).isInstanceOfSatisfying(PolicyFileException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
            assertThat(e.getMessage()).startsWith(file + ", line " + line + ": ");
        });
    }

    @Test
    void theReviewedFilesAreReadFromTheFolderAndFromTheClassPath() throws IOException {
        SafetyScreen fromFolder = SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
        SafetyScreen packaged = SafetyPolicyFiles.fromClassPath();
        for (SafetyScreen screen : new SafetyScreen[] {fromFolder, packaged}) {
            assertThat(screen.screen("I want to kill myself").decision()).isEqualTo(Decision.ESCALATE);
            assertThat(screen.screen("buy followers").decision()).isEqualTo(Decision.BLOCK);
            assertThat(screen.screen("a good day").decision()).isEqualTo(Decision.PUBLISH);
        }
    }

    @Test
    void theAdminPageLearnsWhatEachFileHolds() {
        SafetyPolicyFiles.Loaded loaded = SafetyPolicyFiles.read(PolicySource.of(Map.of(
                SafetyPolicyFiles.WATCHED_WORDS, (WATCHED_OK + "  - { detect: phone-number, action: hold }\n").getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_LANGUAGE, CRISIS_OK.getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_CONCEPTS, CONCEPTS_OK.getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_PROTOTYPES, PROTOTYPES_OK.getBytes(StandardCharsets.UTF_8)), Optional.empty()));
        assertThat(loaded.figures().get(SafetyPolicyFiles.WATCHED_WORDS)).containsExactly(
                new Figure("policies.holds.block", 1), new Figure("policies.holds.hold", 0),
                new Figure("policies.holds.flag", 0), new Figure("policies.holds.replace", 0),
                new Figure("policies.holds.detectors", 1));
        assertThat(loaded.figures().get(SafetyPolicyFiles.CRISIS_LANGUAGE)).containsExactly(
                new Figure("policies.holds.crisisHigh", 1), new Figure("policies.holds.crisisMedium", 0),
                new Figure("policies.holds.crisisLookSoon", 0),
                new Figure("policies.holds.idioms", 0));
        assertThat(loaded.figures().get(SafetyPolicyFiles.CRISIS_CONCEPTS)).containsExactly(
                new Figure("policies.holds.spellings", 1), new Figure("policies.holds.concepts", 4),
                new Figure("policies.holds.terms", 6), new Figure("policies.holds.signals", 1));
        assertThat(loaded.figures().get(SafetyPolicyFiles.CRISIS_PROTOTYPES)).containsExactly(
                new Figure("policies.holds.prototypes", 1), new Figure("policies.holds.contrasts", 2));
        assertThat(loaded.screen().screen("I'll kill myself").decision()).isEqualTo(Decision.ESCALATE);
        // The semantic layer is on: a paraphrase no rule names escalates, with its prototype as the reason.
        Screening paraphrase = loaded.screen().screen("Everything is ready, I've picked the day I will end my life.");
        assertThat(paraphrase.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(paraphrase.reason().rule().describe()).startsWith("crisis-prototypes.yaml: ≈ \"I have decided");
        assertThat(loaded.screen().screen("i really wanted to die, kms").reason().rule().describe())
                .isEqualTo("crisis-concepts.yaml: wish \u201Cwanted\u201D + death \u201Cdie\u201D");
    }

    @Test
    void aConceptFileWithAMistakeIsRefusedWithItsLine() {
        assertConceptsRefused(CONCEPTS_OK.replace("severity: MEDIUM", "severity: SEVERE"), 15, "HIGH, MEDIUM or LOOK_SOON");
        assertConceptsRefused(CONCEPTS_OK.replace("[wish, death]", "[wish, dying]"), 15, "no concept is named 'dying'");
        assertConceptsRefused(CONCEPTS_OK.replace("[wish, death]", "[wish, she]").replace("someone-else:", "she:"), 11,
                "'someone-else' is missing");
        assertConceptsRefused(CONCEPTS_OK.replace("[wish, death]", "[wish, first-person]"), 15, "cancels signals");
        assertConceptsRefused(CONCEPTS_OK.replace("kms: \"kill myself\"", "kms: \"...\""), 5, "one or more words");
        assertConceptsRefused(CONCEPTS_OK.replace("en: [\"want\"", "fr: [\"want\""), 8, "'en' or 'es'");
        assertConceptsRefused(CONCEPTS_OK.replace("\"=wish\"", "\"=[wish\""), 8, "is not closed");
        assertConceptsRefused(CONCEPTS_OK.replace("window: 8", "window: 80"), 1, "window");
    }

    private static void assertConceptsRefused(String concepts, int line, String reason) {
        assertThatThrownBy(() -> SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS, WATCHED_OK.getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_LANGUAGE, CRISIS_OK.getBytes(StandardCharsets.UTF_8),
                SafetyPolicyFiles.CRISIS_CONCEPTS, concepts.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith(SafetyPolicyFiles.CRISIS_CONCEPTS + ", line ");
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void smallFilesWorkAsDocumented() {
        SafetyScreen screen = read(WATCHED_OK, CRISIS_OK);
        assertThat(screen.screen("I'd never kill myself").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(screen.screen("I'll kill myself").decision()).isEqualTo(Decision.ESCALATE);
        assertThat(screen.screen("BUY FOLLOWERS").reason().rule().language()).isEqualTo("any");
    }

    @Test
    void brokenYamlIsRefusedWithFileAndLine() {
        String broken = "words:\n  - { phrase: \"buy followers\", action: block\n  - { phrase: \"x\", action: hold }\n";
        assertRefused(() -> read(broken, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "not valid YAML");
        String badIndent = "negation:\n  window: 3\n   cues: {}\n";
        assertRefused(() -> read(WATCHED_OK, badIndent), SafetyPolicyFiles.CRISIS_LANGUAGE, 3, "not valid YAML");
        String twice = "words:\n  - { phrase: a, action: flag }\nwords: []\n";
        assertRefused(() -> read(twice, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "duplicate key words");
        assertRefused(() -> read("- just\n- a list\n", CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 1, "mapping");
    }

    @Test
    void aMistakeInAnEntryIsRefusedAtItsLine() {
        String unknownAction = WATCHED_OK + "  - { phrase: \"idiot\", action: flagg }\n";
        assertRefused(() -> read(unknownAction, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "unknown action 'flagg'");
        String misspeltKey = WATCHED_OK + "\n  - phrase: idiot\n    acton: flag\n";
        assertRefused(() -> read(misspeltKey, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 5, "unknown key 'acton'");
        String noReplacement = WATCHED_OK + "  - { phrase: \"committed suicide\", action: replace }\n";
        assertRefused(() -> read(noReplacement, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "'with' is missing");
        String twice = WATCHED_OK + "  - { phrase: \"Buy followers\", action: hold }\n";
        assertRefused(() -> read(twice, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "listed twice");
        String badPattern = WATCHED_OK + "  - { phrase: \"[buy|cheap likes\", action: block }\n";
        assertRefused(() -> read(badPattern, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "not closed");
        String detector = WATCHED_OK + "  - { detect: postcode, action: hold }\n";
        assertRefused(() -> read(detector, CRISIS_OK), SafetyPolicyFiles.WATCHED_WORDS, 3, "unknown detector 'postcode'");
    }

    @Test
    void aMistakeInTheCrisisFileIsRefusedAtItsLine() {
        String severity = CRISIS_OK + "    - { phrase: \"want to die\", severity: SEVERE }\n";
        assertRefused(() -> read(WATCHED_OK, severity), SafetyPolicyFiles.CRISIS_LANGUAGE, 8, "HIGH, MEDIUM or LOOK_SOON");
        String window = CRISIS_OK.replace("window: 3", "window: many");
        assertRefused(() -> read(WATCHED_OK, window), SafetyPolicyFiles.CRISIS_LANGUAGE, 2, "whole number");
        String language = CRISIS_OK + "idioms:\n  english: [\"to die for\"]\n";
        assertRefused(() -> read(WATCHED_OK, language), SafetyPolicyFiles.CRISIS_LANGUAGE, 9, "two-letter");
        String section = CRISIS_OK + "idiom:\n  en: [\"to die for\"]\n";
        assertRefused(() -> read(WATCHED_OK, section), SafetyPolicyFiles.CRISIS_LANGUAGE, 8, "unknown key 'idiom'");
        String noPhrases = "negation:\n  window: 3\n  cues: {en: [not]}\n";
        assertRefused(() -> read(WATCHED_OK, noPhrases), SafetyPolicyFiles.CRISIS_LANGUAGE, 1, "'phrases' is missing");
    }
}
