package org.peersupport.portal.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.SafetyScreen.DetectorRule;
import org.peersupport.portal.safety.SafetyScreen.Entry;
import org.peersupport.portal.safety.SafetyScreen.Kind;
import org.peersupport.portal.shared.policy.PolicyDocument;
import org.peersupport.portal.shared.policy.PolicyFileException;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Figure;

/**
 * Builds a {@link SafetyScreen} from {@code watched-words.yaml} and {@code crisis-language.yaml}
 * (the format is described in {@code moderation-policies/README.md} and at the top of each file).
 * Every mistake in a file, from broken YAML to an unknown action or a misspelt key, is refused with
 * a {@link PolicyFileException} naming the file and line: a safety rule that silently does nothing
 * is worse than a start-up that stops.
 */
public final class SafetyPolicyFiles {

    public static final String WATCHED_WORDS = "watched-words.yaml";
    public static final String CRISIS_LANGUAGE = "crisis-language.yaml";
    public static final String CRISIS_CONCEPTS = "crisis-concepts.yaml";
    public static final String CRISIS_PROTOTYPES = "crisis-prototypes.yaml";

    private static final Set<String> WATCHED_TOP = Set.of("words");
    private static final Set<String> WATCHED_ENTRY = Set.of("phrase", "detect", "action", "with", "lang");
    private static final Set<String> CRISIS_TOP = Set.of("negation", "phrases", "idioms");
    private static final Set<String> NEGATION = Set.of("window", "cues", "pseudo", "scope-ends");
    private static final Set<String> CRISIS_ENTRY = Set.of("phrase", "severity");
    private static final Set<String> CONCEPTS_TOP = Set.of("window", "negation-window", "spellings", "concepts",
            "signals", "someone-else-does-not-cancel", "cancel-in-clause", "cancel-in-sentence");
    private static final Set<String> SIGNAL_ENTRY = Set.of("all", "severity");

    private static final Entry NEGATION_CUE = new Entry(Kind.NEGATION, null);
    private static final Entry PSEUDO_NEGATION = new Entry(Kind.PSEUDO_NEGATION, null);
    private static final Entry SCOPE_END = new Entry(Kind.SCOPE_END, null);
    private static final Entry IDIOM = new Entry(Kind.IDIOM, null);

    private SafetyPolicyFiles() {
    }

    /** The screen and, per file, what it holds (for the admins' policy page). */
    public record Loaded(SafetyScreen screen, Map<String, List<Figure>> figures) {}

    /** Reads both files from a folder (PORTAL_POLICY_DIR, or the repository's moderation-policies/). */
    public static SafetyScreen fromDirectory(Path directory) throws IOException {
        return read(PolicySource.folder(directory)).screen();
    }

    /** Reads the reviewed copies packaged in the WAR (moderation-policies/*.yaml on the class path). */
    public static SafetyScreen fromClassPath() {
        return read(PolicySource.packaged()).screen();
    }

    /** Reads the four files (every layer) from where the portal's policy files are. */
    public static Loaded read(PolicySource source) {
        PrototypeLayer prototypes = PrototypeLayer.read(CRISIS_PROTOTYPES, source.read(CRISIS_PROTOTYPES));
        Loaded loaded = read(WATCHED_WORDS, source.read(WATCHED_WORDS), CRISIS_LANGUAGE, source.read(CRISIS_LANGUAGE),
                CRISIS_CONCEPTS, source.read(CRISIS_CONCEPTS), prototypes, true);
        Map<String, List<Figure>> figures = new LinkedHashMap<>(loaded.figures());
        figures.put(CRISIS_PROTOTYPES, List.of(new Figure("policies.holds.prototypes", prototypes.count(false)),
                new Figure("policies.holds.contrasts", prototypes.count(true))));
        return new Loaded(loaded.screen(), Map.copyOf(figures));
    }

    /** Builds the screen from the two phrase files' bytes, without concepts or prototypes; the names appear in errors and hits. */
    public static SafetyScreen read(String watchedName, byte[] watched, String crisisName, byte[] crisis) {
        return read(watchedName, watched, crisisName, crisis, null, null, null, false).screen();
    }

    /** Builds the screen from the three rule files' bytes, without the semantic layer. */
    public static SafetyScreen read(String watchedName, byte[] watched, String crisisName, byte[] crisis,
            String conceptsName, byte[] concepts) {
        return read(watchedName, watched, crisisName, crisis, conceptsName, concepts, null, false).screen();
    }

    private static Loaded read(String watchedName, byte[] watched, String crisisName, byte[] crisis,
            String conceptsName, byte[] concepts, PrototypeLayer prototypes, boolean counted) {
        PhraseMatcher.Builder<Entry> matcher = PhraseMatcher.builder();
        List<DetectorRule> detectors = new ArrayList<>();
        Map<String, Integer> watchedCounts = new LinkedHashMap<>();
        Map<String, Integer> crisisCounts = new LinkedHashMap<>();
        Map<String, Integer> conceptCounts = new LinkedHashMap<>();
        readWatchedWords(PolicyDocument.parse(watchedName, watched), matcher, detectors, watchedCounts);
        int window = readCrisisLanguage(PolicyDocument.parse(crisisName, crisis), matcher, crisisCounts);
        ConceptScreen conceptScreen = concepts == null ? null
                : readCrisisConcepts(PolicyDocument.parse(conceptsName, concepts), conceptCounts);
        SafetyScreen screen = new SafetyScreen(matcher.build(), window, detectors, conceptScreen, prototypes);
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        if (counted) {
            figures.put(watchedName, figures(watchedCounts));
            figures.put(crisisName, figures(crisisCounts));
            if (concepts != null) {
                figures.put(conceptsName, figures(conceptCounts));
            }
        }
        return new Loaded(screen, Map.copyOf(figures));
    }

    private static ConceptScreen readCrisisConcepts(PolicyDocument doc, Map<String, Integer> counts) {
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, CONCEPTS_TOP);
        int window = doc.integer(doc.required(root, "window", top), PolicyDocument.at(top, "window"), 2, 40);
        int negationWindow = doc.integer(doc.required(root, "negation-window", top),
                PolicyDocument.at(top, "negation-window"), 1, 10);

        Map<String, List<String>> spellings = new HashMap<>();
        if (root.containsKey("spellings")) {
            List<Object> path = PolicyDocument.at(top, "spellings");
            doc.byLanguage(root.get("spellings"), path).forEach((language, value) -> {
                List<Object> languagePath = PolicyDocument.at(path, language);
                doc.mapping(value, languagePath, null).forEach((word, spelt) -> {
                    List<Object> at = PolicyDocument.at(languagePath, word);
                    List<String> from = words(word);
                    List<String> to = words(doc.text(spelt, at));
                    if (from.size() != 1 || to.isEmpty()) {
                        throw doc.error(at, "a spelling rewrites one word into one or more words, found '" + word
                                + "' → '" + spelt + "'");
                    }
                    if (!from.equals(to)) {
                        spellings.put(from.get(0), to);
                    }
                });
            });
        }
        counts.put("spellings", spellings.size());

        // The screen is built twice: first to spell out the terms as it spells out texts.
        ConceptScreen speller = new ConceptScreen(doc.file(), spellings, PhraseMatcher.<ConceptScreen.Term>builder().build(),
                PhraseMatcher.<ConceptScreen.Term>builder().build(), Map.of(), List.of(), Set.of(), Set.of(), Set.of(),
                window, negationWindow);
        PhraseMatcher.Builder<ConceptScreen.Term> exact = PhraseMatcher.builder();
        PhraseMatcher.Builder<ConceptScreen.Term> soundsLike = PhraseMatcher.builder();
        Map<Stemmer, PhraseMatcher.Builder<ConceptScreen.Term>> stemmed = new LinkedHashMap<>();
        List<Object> conceptsPath = PolicyDocument.at(top, "concepts");
        Map<String, Object> concepts = doc.mapping(doc.required(root, "concepts", top), conceptsPath, null);
        int terms = 0;
        for (Map.Entry<String, Object> concept : concepts.entrySet()) {
            String name = concept.getKey();
            if (!name.matches("[a-z][a-z-]*")) {
                throw doc.error(conceptsPath, "a concept name is lower-case words joined by '-', found '" + name + "'");
            }
            ConceptScreen.Term term = new ConceptScreen.Term(name);
            List<Object> conceptPath = PolicyDocument.at(conceptsPath, name);
            for (Map.Entry<String, Object> byLanguage : doc.byLanguage(concept.getValue(), conceptPath).entrySet()) {
                String language = byLanguage.getKey();
                Stemmer stemmer = Stemmer.forLanguage(language);
                if (stemmer == null) {
                    throw doc.error(PolicyDocument.at(conceptPath, language),
                            "concepts are written in 'en' or 'es' (the languages with a stemmer), found '" + language + "'");
                }
                List<Object> languagePath = PolicyDocument.at(conceptPath, language);
                List<Object> list = doc.list(byLanguage.getValue(), languagePath);
                for (int i = 0; i < list.size(); i++) {
                    List<Object> at = PolicyDocument.at(languagePath, i);
                    String pattern = doc.text(list.get(i), at);
                    boolean wordForWord = pattern.startsWith("=");
                    try {
                        for (List<String> sequence : PhraseMatcher.expand(wordForWord ? pattern.substring(1) : pattern)) {
                            if (wordForWord) {
                                List<String> prepared = speller.prepare(sequence, null);
                                exact.addSequence(prepared, term);
                                if (stemmer == Stemmer.SPANISH) {
                                    soundsLike.addSequence(prepared.stream().map(SpanishSound::of).toList(), term);
                                }
                            } else {
                                stemmed.computeIfAbsent(stemmer, s -> PhraseMatcher.builder())
                                        .addSequence(speller.prepare(sequence, stemmer), term);
                            }
                        }
                    } catch (IllegalArgumentException e) {
                        throw doc.error(at, "the term '" + pattern + "' cannot be used: " + e.getMessage(), e);
                    }
                    terms++;
                }
            }
        }
        counts.put("concepts", concepts.size());
        counts.put("terms", terms);
        for (String person : List.of(ConceptScreen.SOMEONE_ELSE, ConceptScreen.FIRST_PERSON)) {
            if (!concepts.containsKey(person)) {
                throw doc.error(conceptsPath, "the concept '" + person + "' is missing: signals are cancelled by it");
            }
        }
        Set<String> blockers = new HashSet<>(List.of(ConceptScreen.SOMEONE_ELSE, ConceptScreen.FIRST_PERSON,
                ConceptScreen.HELPING, ConceptScreen.THEIR_CRISIS, ConceptScreen.EARNEST));
        Set<String> inClause = new HashSet<>();
        if (root.containsKey("cancel-in-clause")) {
            List<Object> path = PolicyDocument.at(top, "cancel-in-clause");
            for (Object concept : doc.list(root.get("cancel-in-clause"), path)) {
                String name = doc.text(concept, path);
                if (!concepts.containsKey(name)) {
                    throw doc.error(path, "no concept is named '" + name + "'");
                }
                inClause.add(name);
            }
        }
        blockers.addAll(inClause);
        Set<String> inSentence = new HashSet<>();
        if (root.containsKey("cancel-in-sentence")) {
            List<Object> path = PolicyDocument.at(top, "cancel-in-sentence");
            for (Object concept : doc.list(root.get("cancel-in-sentence"), path)) {
                String name = doc.text(concept, path);
                if (!concepts.containsKey(name)) {
                    throw doc.error(path, "no concept is named '" + name + "'");
                }
                inSentence.add(name);
            }
        }
        blockers.addAll(inSentence);

        List<Object> signalsPath = PolicyDocument.at(top, "signals");
        List<Object> signalList = doc.list(doc.required(root, "signals", top), signalsPath);
        List<ConceptScreen.Signal> signals = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < signalList.size(); i++) {
            List<Object> path = PolicyDocument.at(signalsPath, i);
            Map<String, Object> entry = doc.mapping(signalList.get(i), path, SIGNAL_ENTRY);
            List<Object> allPath = PolicyDocument.at(path, "all");
            List<String> all = new ArrayList<>();
            for (Object concept : doc.list(doc.required(entry, "all", path), allPath)) {
                String name = doc.text(concept, allPath);
                if (!concepts.containsKey(name)) {
                    throw doc.error(allPath, "no concept is named '" + name + "'");
                }
                if (blockers.contains(name)) {
                    throw doc.error(allPath, "'" + name + "' cancels signals and cannot be part of one");
                }
                if (all.stream().filter(name::equals).count() == 2) {
                    throw doc.error(allPath, "the concept '" + name + "' is listed more than twice");
                }
                all.add(name);
            }
            if (all.isEmpty()) {
                throw doc.error(allPath, "a signal names at least one concept");
            }
            if (!seen.add(all.stream().sorted().toList())) {
                throw doc.error(path, "the signal " + all + " is listed twice");
            }
            String severity = doc.text(doc.required(entry, "severity", path), path);
            if (!severity.equals("HIGH") && !severity.equals("MEDIUM") && !severity.equals("LOOK_SOON")) {
                throw doc.error(path, "severity must be HIGH, MEDIUM or LOOK_SOON, found '" + severity + "'");
            }
            signals.add(new ConceptScreen.Signal(List.copyOf(all), Severity.valueOf(severity)));
        }
        counts.put("signals", signals.size());

        Set<String> notCancelled = new HashSet<>();
        if (root.containsKey("someone-else-does-not-cancel")) {
            List<Object> path = PolicyDocument.at(top, "someone-else-does-not-cancel");
            for (Object concept : doc.list(root.get("someone-else-does-not-cancel"), path)) {
                String name = doc.text(concept, path);
                if (!concepts.containsKey(name)) {
                    throw doc.error(path, "no concept is named '" + name + "'");
                }
                notCancelled.add(name);
            }
        }
        Map<Stemmer, PhraseMatcher<ConceptScreen.Term>> builtStemmed = new LinkedHashMap<>();
        stemmed.forEach((stemmer, builder) -> builtStemmed.put(stemmer, builder.build()));
        return new ConceptScreen(doc.file(), spellings, exact.build(), soundsLike.build(), builtStemmed, signals, notCancelled, inClause,
                inSentence, window, negationWindow);
    }

    private static List<String> words(String text) {
        return TextNormalizer.tokens(text).stream().map(Token::text).toList();
    }

    private static List<Figure> figures(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(c -> new Figure("policies.holds." + c.getKey(), c.getValue())).toList();
    }

    private static void readWatchedWords(PolicyDocument doc, PhraseMatcher.Builder<Entry> matcher,
            List<DetectorRule> detectors, Map<String, Integer> counts) {
        for (Action action : List.of(Action.BLOCK, Action.HOLD, Action.FLAG, Action.REPLACE)) {
            counts.put(action.name().toLowerCase(Locale.ROOT), 0);
        }
        counts.put("detectors", 0);
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, WATCHED_TOP);
        List<Object> wordsPath = PolicyDocument.at(top, "words");
        List<Object> words = doc.list(doc.required(root, "words", top), wordsPath);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<Object> path = PolicyDocument.at(wordsPath, i);
            Map<String, Object> entry = doc.mapping(words.get(i), path, WATCHED_ENTRY);
            Action action = watchedAction(doc, doc.text(doc.required(entry, "action", path), path), path);
            String language = entry.containsKey("lang") ? doc.text(entry.get("lang"), path) : "any";
            if (!language.matches("[a-z]{2}|any")) {
                throw doc.error(path, "lang must be a two-letter language code or 'any', found '" + language + "'");
            }
            String replacement = null;
            if (action == Action.REPLACE) {
                replacement = doc.text(doc.required(entry, "with", path), path);
            } else if (entry.containsKey("with")) {
                throw doc.error(path, "'with' belongs only to action: replace");
            }
            if (entry.containsKey("phrase") == entry.containsKey("detect")) {
                throw doc.error(path, "an entry needs either 'phrase' or 'detect', not both or neither");
            }
            if (entry.containsKey("detect")) {
                String name = doc.text(entry.get("detect"), path);
                ContactDetector detector = ContactDetector.named(name);
                if (detector == null) {
                    throw doc.error(path, "unknown detector '" + name + "' (expected phone-number or email-address)");
                }
                if (action == Action.REPLACE) {
                    throw doc.error(path, "a detector cannot replace; use hold, flag or block");
                }
                detectors.add(new DetectorRule(detector, new SafetyRule(doc.file(), "detect: " + name, language,
                        action, null, null)));
                counts.merge("detectors", 1, Integer::sum);
                continue;
            }
            String phrase = doc.text(entry.get("phrase"), path);
            if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                throw doc.error(path, "the phrase '" + phrase + "' is listed twice");
            }
            add(doc, matcher, phrase, new Entry(Kind.RULE,
                    new SafetyRule(doc.file(), phrase, language, action, null, replacement)), path);
            counts.merge(action.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    private static Action watchedAction(PolicyDocument doc, String action, List<Object> path) {
        return switch (action) {
            case "block" -> Action.BLOCK;
            case "hold" -> Action.HOLD;
            case "flag" -> Action.FLAG;
            case "replace" -> Action.REPLACE;
            default -> throw doc.error(path, "unknown action '" + action + "' (expected block, hold, flag or replace)");
        };
    }

    private static int readCrisisLanguage(PolicyDocument doc, PhraseMatcher.Builder<Entry> matcher,
            Map<String, Integer> counts) {
        counts.put("crisisHigh", 0);
        counts.put("crisisMedium", 0);
        counts.put("crisisLookSoon", 0);
        counts.put("idioms", 0);
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, CRISIS_TOP);

        List<Object> negationPath = PolicyDocument.at(top, "negation");
        Map<String, Object> negation = doc.mapping(doc.required(root, "negation", top), negationPath, NEGATION);
        int window = doc.integer(doc.required(negation, "window", negationPath),
                PolicyDocument.at(negationPath, "window"), 1, 10);
        addWordLists(doc, matcher, doc.required(negation, "cues", negationPath),
                PolicyDocument.at(negationPath, "cues"), NEGATION_CUE);
        if (negation.containsKey("pseudo")) {
            addWordLists(doc, matcher, negation.get("pseudo"), PolicyDocument.at(negationPath, "pseudo"), PSEUDO_NEGATION);
        }
        if (negation.containsKey("scope-ends")) {
            addWordLists(doc, matcher, negation.get("scope-ends"), PolicyDocument.at(negationPath, "scope-ends"), SCOPE_END);
        }
        if (root.containsKey("idioms")) {
            counts.put("idioms", addWordLists(doc, matcher, root.get("idioms"), PolicyDocument.at(top, "idioms"), IDIOM));
        }

        List<Object> phrasesPath = PolicyDocument.at(top, "phrases");
        Set<String> seen = new HashSet<>();
        doc.byLanguage(doc.required(root, "phrases", top), phrasesPath).forEach((language, list) -> {
            List<Object> languagePath = PolicyDocument.at(phrasesPath, language);
            List<Object> entries = doc.list(list, languagePath);
            for (int i = 0; i < entries.size(); i++) {
                List<Object> path = PolicyDocument.at(languagePath, i);
                Map<String, Object> entry = doc.mapping(entries.get(i), path, CRISIS_ENTRY);
                String phrase = doc.text(doc.required(entry, "phrase", path), path);
                String severity = doc.text(doc.required(entry, "severity", path), path);
                if (!severity.equals("HIGH") && !severity.equals("MEDIUM") && !severity.equals("LOOK_SOON")) {
                    throw doc.error(path, "severity must be HIGH, MEDIUM or LOOK_SOON, found '" + severity + "'");
                }
                if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                    throw doc.error(path, "the phrase '" + phrase + "' is listed twice");
                }
                add(doc, matcher, phrase, new Entry(Kind.RULE, new SafetyRule(doc.file(), phrase, language,
                        Action.ESCALATE, Severity.valueOf(severity), null)), path);
                counts.merge(switch (severity) {
                    case "HIGH" -> "crisisHigh";
                    case "MEDIUM" -> "crisisMedium";
                    default -> "crisisLookSoon";
                }, 1, Integer::sum);
            }
        });
        return window;
    }

    /** A mapping of language → list of phrases that all stand for the same helper entry; returns how many. */
    private static int addWordLists(PolicyDocument doc, PhraseMatcher.Builder<Entry> matcher, Object value,
            List<Object> path, Entry entry) {
        int[] added = {0};
        doc.byLanguage(value, path).forEach((language, list) -> {
            List<Object> languagePath = PolicyDocument.at(path, language);
            List<Object> phrases = doc.list(list, languagePath);
            for (int i = 0; i < phrases.size(); i++) {
                List<Object> at = PolicyDocument.at(languagePath, i);
                add(doc, matcher, doc.text(phrases.get(i), at), entry, at);
                added[0]++;
            }
        });
        return added[0];
    }

    private static void add(PolicyDocument doc, PhraseMatcher.Builder<Entry> matcher, String phrase, Entry entry,
            List<Object> path) {
        try {
            matcher.add(phrase, entry);
        } catch (IllegalArgumentException e) {
            throw doc.error(path, "the phrase '" + phrase + "' cannot be used: " + e.getMessage(), e);
        }
    }
}
