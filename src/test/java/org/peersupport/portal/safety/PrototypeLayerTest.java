package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Hit;
import org.peersupport.portal.shared.policy.PolicyFileException;

/** The semantic layer: reading crisis-prototypes.yaml strictly, and what a sentence's neighbours decide. */
class PrototypeLayerTest {

    private static final String FILE = "crisis-prototypes.yaml";

    /** A small file: two prototypes, two contrasts, English only. */
    private static final String SMALL = """
            screen:
              en: { HIGH: 0.70, MEDIUM: 0.70, LOOK_SOON: 0.75, margin: 0.04 }
            polarity:
              en: ["never", "don't"]
            anchors:
              en: [kill, cut]
            concepts:
              - concept: plan
                tier: HIGH
                en:
                  - I have worked out exactly how I am going to kill myself.
              - concept: self-harm
                tier: MEDIUM
                en:
                  - I cut my arms again last night.
            contrasts:
              - concept: idiom
                en:
                  - This job is killing me.
              - concept: past
                en:
                  - I used to cut myself years ago, but I stopped.
            """;

    private static PrototypeLayer read(String yaml) {
        return PrototypeLayer.read(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static PrototypeLayer reviewed() throws IOException {
        return PrototypeLayer.read(FILE, Files.readAllBytes(Path.of("moderation-policies", FILE)));
    }

    private static void assertRefused(String yaml, int line, String reason) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(PolicyFileException.class, e -> {
            assertThat(e.file()).isEqualTo(FILE);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void aParaphraseHitsAndTheReasonNamesItsPrototypeAndSimilarity() {
        PrototypeLayer layer = read(SMALL);
        String text = "Thanks for the group today. I know exactly how I will kill myself, I have it all worked out.";
        List<Hit> hits = layer.hits(text);
        assertThat(hits).hasSize(1);
        Hit hit = hits.get(0);
        assertThat(hit.matched()).isEqualTo("I know exactly how I will kill myself, I have it all worked out.");
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.matched());
        assertThat(hit.rule().action()).isEqualTo(Action.ESCALATE);
        assertThat(hit.rule().severity()).isEqualTo(Severity.HIGH);
        assertThat(hit.rule().describe()).matches(
                "crisis-prototypes\\.yaml: ≈ \"I have worked out exactly how I am going to kill myself\\.\" \\(0\\.\\d\\d\\)");
    }

    @Test
    void aSentenceNearerToAContrastDoesNotHit() {
        PrototypeLayer layer = read(SMALL);
        assertThat(layer.hits("Honestly this job is killing me.")).isEmpty();
        assertThat(layer.hits("I used to cut my arms years ago but I stopped.")).isEmpty();
        assertThat(layer.hits("We went for a walk by the river and had lunch.")).isEmpty();
        // It is the contrast, not the threshold, that spares it: without the contrast it hits.
        String noPast = SMALL.substring(0, SMALL.indexOf("  - concept: past"));
        assertThat(read(noPast).hits("I used to cut my arms years ago but I stopped.")).singleElement()
                .satisfies(h -> assertThat(h.rule().phrase()).startsWith("≈ \"I cut my arms again last night.\""));
    }

    @Test
    void aSentenceAndItsPrototypeMustAgreeOnNegation() {
        PrototypeLayer layer = read(SMALL);
        assertThat(layer.hits("I have worked out exactly how I am going to kill myself.")).isNotEmpty();
        assertThat(layer.hits("I have never worked out exactly how I am going to kill myself.")).isEmpty();
    }

    @Test
    void sentencesThePhraseLayersWeighedAreLeftToThem() {
        PrototypeLayer layer = read(SMALL);
        String text = "I cut my arms again last night. I know exactly how I will kill myself.";
        assertThat(layer.hits(text)).hasSize(2);
        int phrase = text.indexOf("kill myself");
        assertThat(layer.hits(text, List.of(new int[] {phrase, phrase + "kill myself".length()})))
                .singleElement().satisfies(h -> assertThat(h.matched()).isEqualTo("I cut my arms again last night."));
    }

    @Test
    void aSentenceWithoutAnAnchorWordIsNotEmbedded() {
        PrototypeLayer layer = read(SMALL);
        assertThat(layer.gated("I know exactly how I will end my life.")).isFalse();
        assertThat(layer.hits("I know exactly how I will end my life.")).isEmpty();
        assertThat(layer.gated("I know exactly how I will be killing myself.")).isTrue(); // stems: killing → kill
        assertThat(layer.hits("I know exactly how I will be killing myself.")).isNotEmpty();
    }

    @Test
    void aSentenceInALanguageNotScreenedNeverHits() {
        PrototypeLayer layer = read(SMALL + "  - concept: idiom es\n    es:\n      - Este trabajo me está matando.\n");
        assertThat(LanguageGuess.of("Anoche me volví a cortar los brazos.", 0, 35)).isEqualTo("es");
        assertThat(layer.hits("Anoche me volví a cortar los brazos.")).isEmpty();
    }

    @Test
    void theReviewedFileCatchesParaphrasesAndSparesItsContrastsKinds() throws IOException {
        PrototypeLayer layer = reviewed();
        assertThat(layer.hits("I've been hoarding my meds for weeks so I can end it.")).singleElement()
                .satisfies(h -> assertThat(h.rule().severity()).isEqualTo(Severity.HIGH));
        assertThat(layer.hits("my whole family would be happier if I wasn't around")).isNotEmpty();
        assertThat(layer.hits("ya no quiero seguir aquí, quiero dejar de existir")).isNotEmpty();
        assertThat(layer.hits("My feet are killing me after that hike.")).isEmpty();
        assertThat(layer.hits("What can I say to a friend who tells me she wants to die?")).isEmpty();
        assertThat(layer.hits("I would never hurt myself, my kids need me.")).isEmpty();
    }

    @Test
    void theLanguageOfASentenceComesFromItsFunctionWords() {
        for (String english : List.of("I don't want to be here anymore", "honestly im so tired of all of it",
                "me and my sister went out")) {
            assertThat(LanguageGuess.of(english, 0, english.length())).as(english).isEqualTo("en");
        }
        for (String spanish : List.of("ya no quiero estar aquí", "no puedo más con esto", "me siento sola",
                "hoy fue un día muy largo")) {
            assertThat(LanguageGuess.of(spanish, 0, spanish.length())).as(spanish).isEqualTo("es");
        }
    }

    @Test
    void aLongSentenceIsScreenedInWindows() {
        List<PrototypeLayer.Span> spans = PrototypeLayer.spans("one two three four five six seven eight nine ten "
                + "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone "
                + "twentytwo twentythree twentyfour twentyfive");
        assertThat(spans).hasSize(2);
        assertThat(spans.get(1).start()).isLessThan(spans.get(0).end()); // they overlap
        assertThat(PrototypeLayer.spans("The first one. Second: 3.5 mg?! ... \n\nthe third one\nTonight"))
                .extracting(s -> s.end() - s.start()).containsExactly(14, 15, 13); // "Tonight": too short
    }

    @Test
    void readingIsStrictAndNamesTheFileAndLine() {
        assertRefused("screen: [\n", 2, "not valid YAML");
        assertRefused(SMALL.replace("screen:", "screens:"), 1, "unknown key 'screens'");
        assertRefused(SMALL.replace("LOOK_SOON: 0.75, ", ""), 2, "'LOOK_SOON' is missing");
        assertRefused(SMALL.replace("margin: 0.04", "margin: 2"), 2, "expected a number from 0.0 to 0.5");
        assertRefused(SMALL.replace("  en: {", "  fr: {"), 2, "this layer can tell only");
        assertRefused(SMALL.replace("tier: HIGH", "tier: URGENT"), 9, "tier must be HIGH, MEDIUM or LOOK_SOON");
        assertRefused(SMALL.replace("    tier: MEDIUM\n", ""), 12, "'tier' is missing");
        assertRefused(SMALL.replace("  - concept: idiom\n", "  - concept: idiom\n    tier: HIGH\n"), 18, "a contrast has no tier");
        assertRefused(SMALL.replace("    en:\n      - I cut my arms", "    eng:\n      - I cut my arms"), 14, "unknown key 'eng'");
        assertRefused(SMALL.replace("I cut my arms again last night.", "This job is killing me."), 19, "listed twice");
        assertRefused(SMALL.replace("      - I cut my arms again last night.\n", "      - \"\"\n"), 15, "expected text");
        assertRefused(SMALL.substring(0, SMALL.indexOf("contrasts:")), 1, "'contrasts' is missing");
        assertRefused(SMALL.replace("polarity:\n  en: [\"never\", \"don't\"]\n", ""), 1, "'polarity' is missing");
        assertRefused(SMALL.replace("[\"never\", \"don't\"]", "never"), 4, "expected a list");
        assertRefused(SMALL.replace("[kill, cut]", "[kill, \"cut it\"]"), 6, "an anchor is one word");
        assertRefused(SMALL.replace("I cut my arms again last night.", "I cut my arms " + "again ".repeat(40)), 15,
                "at most 200 characters");
        assertRefused(SMALL.replace("[kill, cut]", "[kill]"), 6, "the prototype 'I cut my arms again last night.' holds no anchor word");
    }

    @Test
    void oneLayerServesManyThreadsWithTheSameAnswers() throws Exception {
        PrototypeLayer layer = read(SMALL);
        List<String> texts = List.of("I know exactly how I will kill myself, I have it all worked out.",
                "This job is killing me.", "I cut my arms again last night, it was bad.", "A quiet day at home.");
        List<List<Hit>> expected = texts.stream().map(layer::hits).toList();
        assertThat(expected.get(0)).isNotEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!layer.hits(texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
