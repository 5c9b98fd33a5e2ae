package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of crisis detection over labelled forum sentences
 * (src/test/resources/safety/labelled-examples.tsv), with the reviewed policy files. A change to
 * crisis-language.yaml that loses either below 0.9 fails the build; the misclassified sentences are
 * printed so reviewers see what a change costs.
 */
class CrisisDetectionQualityTest {

    static final String EXAMPLES = "safety/labelled-examples.tsv";
    private static final double REQUIRED = 0.9;

    /** One labelled sentence. */
    record Example(boolean crisis, String language, String text) {
    }

    static List<Example> examples() throws IOException {
        String file;
        try (InputStream in = CrisisDetectionQualityTest.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IOException("Missing test resource " + EXAMPLES);
            }
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        for (String line : file.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3 || !columns[0].matches("CRISIS|NOT_CRISIS")) {
                throw new IllegalStateException("Not a labelled example (label<TAB>language<TAB>text): " + line);
            }
            examples.add(new Example(columns[0].equals("CRISIS"), columns[1], columns[2]));
        }
        return examples;
    }

    @Test
    void crisisDetectionIsPreciseAndMissesLittle() throws IOException {
        SafetyScreen screen = SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(80);
        assertThat(examples).extracting(Example::language).contains("en", "es");

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new ArrayList<>();
        for (Example example : examples) {
            Screening result = screen.screen(example.text());
            boolean found = result.crisis();
            if (found && example.crisis()) {
                truePositives++;
            } else if (found) {
                falsePositives++;
                wrong.add("false alarm  [" + result.reason().rule().phrase() + "] " + example.text());
            } else if (example.crisis()) {
                falseNegatives++;
                wrong.add("missed       " + example.text());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "Crisis detection over %d labelled examples: precision %.3f, recall %.3f"
                + " (%d found, %d false alarms, %d missed)%n", examples.size(), precision, recall, truePositives,
                falsePositives, falseNegatives);
        wrong.forEach(w -> System.out.println("  " + w));

        assertThat(precision).as("precision; wrong: %s", wrong).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(recall).as("recall; wrong: %s", wrong).isGreaterThanOrEqualTo(REQUIRED);
    }
}
