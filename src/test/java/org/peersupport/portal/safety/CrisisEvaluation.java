package org.peersupport.portal.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Precision and recall of the safety screen on a labelled set of texts (id, language, source,
 * label, category, text; labels crisis, concern, none), with 95 % Wilson intervals, per language and
 * per tier:
 * <ul>
 * <li>hold tier: the text escalates (HIGH or MEDIUM). Recall over crisis rows; precision over
 * the texts it held.</li>
 * <li>reaches a moderator: the text escalates or asks a moderator to look soon. Recall over crisis
 * rows, and over concern rows; precision counts crisis and concern rows as right.</li>
 * <li>look-soon tier alone: precision of the look-soon alerts (crisis or concern rows are right).</li>
 * </ul>
 * Also run by bench/crisis-quality.sh on any set, printing the misses of a development set
 * ({@code --misses}) or leaving the semantic layer out ({@code --rules-only}).
 */
public final class CrisisEvaluation {

    /** One labelled text. */
    public record Row(String id, String language, String source, String label, String category, String text) {

        boolean crisis() {
            return label.equals("crisis");
        }

        boolean concern() {
            return label.equals("concern");
        }
    }

    /** What the screen did with a row. */
    public record Outcome(Row row, Screening screening) {

        boolean held() {
            return screening.crisis();
        }

        boolean lookSoon() {
            return screening.lookSoon().isPresent();
        }

        boolean reachesModerator() {
            return held() || lookSoon();
        }
    }

    /** A proportion with its 95 % Wilson score interval. */
    public record Proportion(int hits, int total) {

        public double value() {
            return total == 0 ? Double.NaN : (double) hits / total;
        }

        public double low() {
            return wilson(-1);
        }

        public double high() {
            return wilson(1);
        }

        private double wilson(int sign) {
            if (total == 0) {
                return Double.NaN;
            }
            double z = 1.959964;
            double p = value();
            double n = total;
            double centre = p + z * z / (2 * n);
            double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            return (centre + sign * spread) / (1 + z * z / n);
        }

        @Override
        public String toString() {
            if (total == 0) {
                return "—";
            }
            return String.format(Locale.ROOT, "%.2f [%.2f–%.2f] (%d/%d)", value(), Math.max(0, low()), Math.min(1, high()),
                    hits, total);
        }
    }

    private final List<Outcome> outcomes;

    private CrisisEvaluation(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 6 || !Set.of("crisis", "concern", "none").contains(c[3])) {
                throw new IllegalStateException(file + ":" + (i + 1) + " is not id, language, source, label, category, text");
            }
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return rows;
    }

    public static CrisisEvaluation of(SafetyScreen screen, List<Row> rows) {
        return new CrisisEvaluation(rows.stream().map(r -> new Outcome(r, screen.screen(r.text()))).toList());
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The language groups reported: all, en, es (Spanish and mixed rows). */
    public static Map<String, Predicate<Row>> groups() {
        Map<String, Predicate<Row>> groups = new LinkedHashMap<>();
        groups.put("all", r -> true);
        groups.put("en", r -> r.language().equals("en"));
        groups.put("es+mixed", r -> !r.language().equals("en"));
        return groups;
    }

    public Proportion holdRecall(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.row().crisis(), Outcome::held);
    }

    public Proportion holdPrecision(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.held(), o -> o.row().crisis());
    }

    public Proportion moderatorRecall(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.row().crisis(), Outcome::reachesModerator);
    }

    public Proportion concernRecall(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.row().concern(), Outcome::reachesModerator);
    }

    public Proportion moderatorPrecision(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.reachesModerator(), o -> !o.row().label().equals("none"));
    }

    public Proportion lookSoonPrecision(Predicate<Row> group) {
        return proportion(o -> group.test(o.row()) && o.lookSoon(), o -> !o.row().label().equals("none"));
    }

    /** How many of the none rows were held, for each category of hard negative. */
    public Map<String, Proportion> falseHoldsByCategory() {
        Map<String, Proportion> byCategory = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.row().label().equals("none")).map(o -> o.row().category()).distinct().sorted()
                .forEach(c -> byCategory.put(c, proportion(o -> o.row().label().equals("none")
                        && o.row().category().equals(c), Outcome::held)));
        return byCategory;
    }

    /** Crisis recall (hold tier) for each crisis category. */
    public Map<String, Proportion> holdRecallByCategory() {
        Map<String, Proportion> byCategory = new LinkedHashMap<>();
        outcomes.stream().filter(o -> o.row().crisis()).map(o -> o.row().category()).distinct().sorted()
                .forEach(c -> byCategory.put(c, proportion(o -> o.row().crisis() && o.row().category().equals(c),
                        Outcome::held)));
        return byCategory;
    }

    private Proportion proportion(Predicate<Outcome> counted, Predicate<Outcome> hit) {
        int total = 0;
        int hits = 0;
        for (Outcome o : outcomes) {
            if (counted.test(o)) {
                total++;
                if (hit.test(o)) {
                    hits++;
                }
            }
        }
        return new Proportion(hits, total);
    }

    /** One table: the tiers by language group, then recall by crisis category and false holds by kind. */
    public String table(String title) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-34s %-28s %-28s %-28s%n", "measure (95% Wilson interval)", "all", "en",
                "es+mixed"));
        line(out, "hold tier: crisis recall", this::holdRecall);
        line(out, "hold tier: precision", this::holdPrecision);
        line(out, "any tier: crisis recall", this::moderatorRecall);
        line(out, "any tier: concern recall", this::concernRecall);
        line(out, "any tier: precision", this::moderatorPrecision);
        line(out, "look-soon tier: precision", this::lookSoonPrecision);
        out.append("hold-tier recall by crisis category:\n");
        holdRecallByCategory().forEach((c, p) -> out.append(String.format(Locale.ROOT, "  %-20s %s%n", c, p)));
        out.append("none rows held, by kind:\n");
        falseHoldsByCategory().forEach((c, p) -> out.append(String.format(Locale.ROOT, "  %-20s %s%n", c, p)));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, java.util.function.Function<Predicate<Row>, Proportion> measure) {
        out.append(String.format(Locale.ROOT, "%-34s", name));
        groups().values().forEach(g -> out.append(String.format(Locale.ROOT, " %-28s", measure.apply(g))));
        out.append('\n');
    }

    /** The phrase and concept layers without the semantic one, to see what each adds. */
    static SafetyScreen rulesOnly() throws IOException {
        Path folder = Path.of("moderation-policies");
        return SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS, Files.readAllBytes(folder.resolve(SafetyPolicyFiles.WATCHED_WORDS)),
                SafetyPolicyFiles.CRISIS_LANGUAGE, Files.readAllBytes(folder.resolve(SafetyPolicyFiles.CRISIS_LANGUAGE)),
                SafetyPolicyFiles.CRISIS_CONCEPTS, Files.readAllBytes(folder.resolve(SafetyPolicyFiles.CRISIS_CONCEPTS)));
    }

    /** The goal for the hold tier on text nobody here wrote. */
    static final double GOAL_RECALL = 0.95;
    static final double GOAL_PRECISION = 0.85;

    /** Whether the hold tier meets the goal over all rows. */
    public boolean meetsGoal() {
        return holdRecall(r -> true).value() >= GOAL_RECALL && holdPrecision(r -> true).value() >= GOAL_PRECISION;
    }

    /**
     * Prints the table for a set and, with --misses, every row the screen got wrong (for a
     * development set only). Exits 1 when the hold tier misses the goal.
     */
    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).subList(1, args.length);
        SafetyScreen screen = options.contains("--rules-only") ? rulesOnly() : SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies"));
        Path file = Path.of(args[0]);
        CrisisEvaluation evaluation = of(screen, read(file));
        System.out.print(evaluation.table(file.getFileName().toString()));
        System.out.printf(Locale.ROOT, "goal (hold tier, all rows): recall >= %.2f at precision >= %.2f: %s%n",
                GOAL_RECALL, GOAL_PRECISION, evaluation.meetsGoal() ? "MET" : "MISSED");
        if (options.contains("--misses")) {
            for (Outcome o : evaluation.outcomes()) {
                Row r = o.row();
                boolean wrong = r.crisis() ? !o.held() : r.concern() ? !o.reachesModerator() : o.reachesModerator();
                if (wrong) {
                    String why = o.screening().reason() == null ? "-" : o.screening().reason().rule().describe();
                    System.out.printf("%s %s %s/%s %s%n    %s%n", r.id(), r.language(), r.label(), r.category(),
                            o.held() ? "HELD" : o.lookSoon() ? "LOOK_SOON" : "PUBLISHED", r.text());
                    System.out.println("    why: " + why);
                }
            }
        }
        System.exit(evaluation.meetsGoal() ? 0 : 1);
    }
}
