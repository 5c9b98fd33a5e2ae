package org.peersupport.portal.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peersupport.portal.safety.PrototypeLayer.Nearest;
import org.peersupport.portal.safety.Screening.Hit;

/**
 * For reviewers of crisis-prototypes.yaml (run by bench/prototypes.sh): what the semantic layer
 * makes of each sentence given, or, with {@code --tsv file}, how many rows of a labelled file
 * (id, language, source, label, category, text) the layer alone catches. Not a test.
 */
public final class PrototypeProbe {

    private PrototypeProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(System.getProperty("prototypes", "moderation-policies/crisis-prototypes.yaml"));
        PrototypeLayer layer = PrototypeLayer.read(file.getFileName().toString(), Files.readAllBytes(file));
        if (args.length == 2 && args[0].equals("--dump")) {
            dump(layer, Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--screen")) {
            screen(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--tsv")) {
            tsv(layer, Path.of(args[1]));
            return;
        }
        for (String sentence : args) {
            Nearest n = layer.nearest(sentence);
            System.out.printf(Locale.ROOT, "%s%n  language %s; nearest prototype %.3f %s \"%s\" (%s)%n"
                    + "  nearest contrast %.3f \"%s\" (%s)%n  → %s%s%n", sentence,
                    LanguageGuess.of(sentence, 0, sentence.length()), n.similarity(), n.prototype().tier(),
                    n.prototype().text(), n.prototype().concept(), n.contrastSimilarity(), n.contrast().text(),
                    n.contrast().concept(), layer.crisis(sentence) ? "CRISIS (" + n.prototype().tier() + ")" : "not crisis",
                    layer.gated(sentence) ? "" : " (and the gate does not embed it: no anchor word)");
        }
    }

    /** The whole screen with and without this layer: rows escalated, and rows with any crisis signal (look-soon too). */
    private static void screen(Path tsv) throws IOException {
        Path policies = Path.of("moderation-policies");
        SafetyScreen phrases = SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS,
                Files.readAllBytes(policies.resolve(SafetyPolicyFiles.WATCHED_WORDS)), SafetyPolicyFiles.CRISIS_LANGUAGE,
                Files.readAllBytes(policies.resolve(SafetyPolicyFiles.CRISIS_LANGUAGE)));
        SafetyScreen all = SafetyPolicyFiles.fromDirectory(policies);
        Map<String, int[]> counts = new TreeMap<>(); // [rows, phrases escalate, all escalate, phrases any, all any]
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 6);
            if (f.length < 6) {
                continue;
            }
            Screening p = phrases.screen(f[5]);
            Screening a = all.screen(f[5]);
            int[] c = counts.computeIfAbsent((f[1].equals("en") ? "en" : "es+mixed") + " " + f[3], k -> new int[5]);
            c[0]++;
            c[1] += p.crisis() ? 1 : 0;
            c[2] += a.crisis() ? 1 : 0;
            c[3] += p.crisis() || p.lookSoon().isPresent() ? 1 : 0;
            c[4] += a.crisis() || a.lookSoon().isPresent() ? 1 : 0;
        }
        System.out.println("| rows | n | escalated, phrases | escalated, all layers | any signal, phrases | any signal, all layers |");
        System.out.println("|---|---|---|---|---|---|");
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", k, c[0], c[1], c[2],
                c[3], c[4]));
    }

    /** Every span of every row with its nearest prototype and contrast, whatever the language: for choosing thresholds. */
    private static void dump(PrototypeLayer layer, Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        Path policies = Path.of("moderation-policies");
        SafetyScreen phrases = SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS,
                Files.readAllBytes(policies.resolve(SafetyPolicyFiles.WATCHED_WORDS)), SafetyPolicyFiles.CRISIS_LANGUAGE,
                Files.readAllBytes(policies.resolve(SafetyPolicyFiles.CRISIS_LANGUAGE)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 6);
            if (f.length < 6) {
                continue;
            }
            Screening screening = phrases.screen(f[5]);
            System.out.printf(Locale.ROOT, "%s\t%s\t%s\tPHRASES\t%s%n", f[0], f[1], f[3],
                    screening.crisis() ? screening.severity().get() : screening.lookSoon().isPresent() ? "LOOK_SOON" : "-");
            for (PrototypeLayer.Span span : PrototypeLayer.spans(f[5])) {
                Nearest n = layer.nearest(f[5].substring(span.start(), span.end()));
                System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%s%n", f[0], f[1], f[3],
                        LanguageGuess.of(f[5], span.start(), span.end()), n.prototype().tier(), n.similarity(),
                        n.contrastSimilarity(), n.prototype().concept());
            }
        }
    }

    private static void tsv(PrototypeLayer layer, Path tsv) throws IOException {
        Map<String, int[]> counts = new TreeMap<>(); // language/label → [rows, fired]
        boolean verbose = Boolean.getBoolean("verbose");
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 6);
            if (f.length < 6) {
                continue;
            }
            String language = f[1].equals("en") ? "en" : "es+mixed";
            List<Hit> hits = layer.hits(f[5]);
            int[] c = counts.computeIfAbsent(language + " " + f[3], k -> new int[2]);
            c[0]++;
            c[1] += hits.isEmpty() ? 0 : 1;
            if (verbose) {
                System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", f[0], f[3], hits.isEmpty() ? "-" : "FIRE",
                        hits.isEmpty() ? "" : hits.get(0).rule().phrase() + " " + hits.get(0).rule().severity());
            }
        }
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "%-22s rows %3d  fired %3d  (%.0f %%)%n", k, c[0], c[1],
                100.0 * c[1] / c[0]));
    }
}
