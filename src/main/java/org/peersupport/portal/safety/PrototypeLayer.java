package org.peersupport.portal.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Hit;
import org.peersupport.portal.shared.policy.PolicyDocument;

/**
 * Layer 3 of crisis detection: a sentence is crisis language when its meaning is near a reviewed
 * prototype sentence of {@code crisis-prototypes.yaml} (the format is described at the top of that
 * file) and nearer to it than to every contrast sentence by a margin. Finds paraphrases that share
 * no phrase with crisis-language.yaml ("I have the tablets lined up on my desk").
 *
 * <p>Immutable and thread-safe; the prototypes are embedded when the file is read, so a reload
 * builds a new layer. The model itself ({@link SentenceEncoder}) is loaded once per JVM.
 */
public final class PrototypeLayer {

    /** The most sentences (or windows) of one text the model reads: see {@link #keepMostAnchored}. */
    static final int MAX_SPANS = 3;


    /** Longer sentences are screened in windows of this many words, overlapping by half. */
    static final int WINDOW_WORDS = 20;

    /**
     * Shorter sentences are not screened: the model finds a single word ("Tonight", a post's title)
     * near a prototype by that word alone. The phrase layers still read it.
     */
    static final int MIN_WORDS = 2;

    /** A prototype's longest length: the reason that names it must fit an alert's matched_rule (300). */
    static final int MAX_PROTOTYPE_LENGTH = 200;

    private static final Set<String> TOP = Set.of("screen", "polarity", "anchors", "concepts", "contrasts");
    private static final Set<String> TIERS = Set.of("HIGH", "MEDIUM", "LOOK_SOON");
    private static final Set<String> LIMITS = Set.of("HIGH", "MEDIUM", "LOOK_SOON", "margin");

    /** A reviewed sentence: a prototype (with its tier) or a contrast (tier null). */
    record Prototype(String concept, Severity tier, String language, String text, boolean negated, float[] vector) {
        boolean contrast() {
            return tier == null;
        }
    }

    /** A sentence's nearest prototype and nearest contrast. */
    record Nearest(Prototype prototype, double similarity, Prototype contrast, double contrastSimilarity) {
    }

    /** A stretch of the text that is screened as one: a sentence, or a window of a long one. */
    record Span(int start, int end) {
    }

    /** How near a screened language's sentence must be: per tier, and ahead of the nearest contrast. */
    record Limits(Map<Severity, Double> thresholds, double margin) {
    }

    private final String file;
    private final Map<String, Limits> screened;
    private final Map<String, Cues> polarity;
    private final Map<String, AnchorWords> anchors;
    private final Map<String, List<Prototype>> byLanguage;
    private final SentenceEncoder encoder;

    private PrototypeLayer(String file, Map<String, Limits> screened, Map<String, Cues> polarity,
            Map<String, AnchorWords> anchors, Map<String, List<Prototype>> byLanguage, SentenceEncoder encoder) {
        this.file = file;
        this.screened = screened;
        this.polarity = polarity;
        this.anchors = anchors;
        this.byLanguage = byLanguage;
        this.encoder = encoder;
    }

    /** Reads the file strictly (a mistake names the file and line) and embeds every sentence in it. */
    public static PrototypeLayer read(String name, byte[] bytes) {
        PolicyDocument doc = PolicyDocument.parse(name, bytes);
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, TOP);

        List<Object> screenPath = PolicyDocument.at(top, "screen");
        Map<String, Limits> screened = new LinkedHashMap<>();
        doc.byLanguage(doc.required(root, "screen", top), screenPath).forEach((language, value) -> {
            List<Object> path = PolicyDocument.at(screenPath, language);
            if (!LanguageGuess.KNOWN.contains(language)) {
                throw doc.error(path, "screen lists '" + language + "'; this layer can tell only "
                        + LanguageGuess.KNOWN + " apart");
            }
            Map<String, Object> limits = doc.mapping(value, path, LIMITS);
            Map<Severity, Double> thresholds = new EnumMap<>(Severity.class);
            for (Severity tier : Severity.values()) {
                thresholds.put(tier, doc.number(doc.required(limits, tier.name(), path),
                        PolicyDocument.at(path, tier.name()), 0.3, 1.0));
            }
            double margin = doc.number(doc.required(limits, "margin", path), PolicyDocument.at(path, "margin"), 0.0, 0.5);
            screened.put(language, new Limits(Map.copyOf(thresholds), margin));
        });

        List<Object> polarityPath = PolicyDocument.at(top, "polarity");
        Map<String, Cues> polarity = new LinkedHashMap<>();
        doc.byLanguage(doc.required(root, "polarity", top), polarityPath).forEach((language, value) -> {
            List<Object> path = PolicyDocument.at(polarityPath, language);
            List<Object> list = doc.list(value, path);
            List<String> cues = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                cues.add(doc.text(list.get(i), PolicyDocument.at(path, i)));
            }
            polarity.put(language, new Cues(cues));
        });

        List<Object> anchorsPath = PolicyDocument.at(top, "anchors");
        Map<String, AnchorWords> anchors = new LinkedHashMap<>();
        doc.byLanguage(doc.required(root, "anchors", top), anchorsPath).forEach((language, value) -> {
            List<Object> path = PolicyDocument.at(anchorsPath, language);
            List<Object> list = doc.list(value, path);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String word = doc.text(list.get(i), PolicyDocument.at(path, i));
                if (TextNormalizer.tokens(word).size() != 1) {
                    throw doc.error(PolicyDocument.at(path, i), "an anchor is one word, found '" + word + "'");
                }
                words.add(word);
            }
            anchors.put(language, new AnchorWords(language, words));
        });
        for (String language : screened.keySet()) {
            if (!anchors.containsKey(language)) {
                throw doc.error(anchorsPath, "screen lists '" + language + "', so anchors needs words in it");
            }
        }

        List<Prototype> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        readGroups(doc, root, "concepts", true, polarity, sentences, seen);
        readGroups(doc, root, "contrasts", false, polarity, sentences, seen);
        for (int i = 0; i < sentences.size(); i++) {
            Prototype p = sentences.get(i);
            AnchorWords words = anchors.get(p.language());
            if (!p.contrast() && screened.containsKey(p.language()) && !words.in(p.text(), 0, p.text().length())) {
                throw doc.error(PolicyDocument.at(anchorsPath, p.language()), "the prototype '" + p.text()
                        + "' holds no anchor word, so a sentence like it would never be screened; add one of its words"
                        + " to anchors." + p.language());
            }
        }

        SentenceEncoder encoder = SentenceEncoder.shared();
        float[][] vectors = encoder.embed(sentences.stream().map(Prototype::text).toList());
        Map<String, List<Prototype>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < vectors.length; i++) {
            Prototype p = sentences.get(i);
            byLanguage.computeIfAbsent(p.language(), l -> new ArrayList<>())
                    .add(new Prototype(p.concept(), p.tier(), p.language(), p.text(), p.negated(), vectors[i]));
        }
        for (String language : screened.keySet()) {
            List<Prototype> own = byLanguage.getOrDefault(language, List.of());
            if (own.stream().noneMatch(p -> !p.contrast()) || own.stream().noneMatch(Prototype::contrast)) {
                throw doc.error(screenPath, "screen lists '" + language
                        + "', so concepts and contrasts each need sentences in it");
            }
        }
        byLanguage.replaceAll((language, list) -> List.copyOf(list));
        return new PrototypeLayer(doc.file(), Map.copyOf(screened), Map.copyOf(polarity), Map.copyOf(anchors),
                Map.copyOf(byLanguage), encoder);
    }

    private static void readGroups(PolicyDocument doc, Map<String, Object> root, String key, boolean concepts,
            Map<String, Cues> polarity, List<Prototype> into, Set<String> seen) {
        List<Object> path = PolicyDocument.at(List.of(), key);
        List<Object> groups = doc.list(doc.required(root, key, List.of()), path);
        for (int g = 0; g < groups.size(); g++) {
            List<Object> groupPath = PolicyDocument.at(path, g);
            Map<String, Object> group = doc.mapping(groups.get(g), groupPath, null);
            String concept = doc.text(doc.required(group, "concept", groupPath), PolicyDocument.at(groupPath, "concept"));
            Severity tier = null;
            if (concepts) {
                String name = doc.text(doc.required(group, "tier", groupPath), PolicyDocument.at(groupPath, "tier"));
                if (!TIERS.contains(name)) {
                    throw doc.error(PolicyDocument.at(groupPath, "tier"),
                            "tier must be HIGH, MEDIUM or LOOK_SOON, found '" + name + "'");
                }
                tier = Severity.valueOf(name);
            } else if (group.containsKey("tier")) {
                throw doc.error(PolicyDocument.at(groupPath, "tier"), "a contrast has no tier: it is never crisis language");
            }
            int languages = 0;
            for (Map.Entry<String, Object> entry : group.entrySet()) {
                String language = entry.getKey();
                if (language.equals("concept") || language.equals("tier")) {
                    continue;
                }
                List<Object> languagePath = PolicyDocument.at(groupPath, language);
                if (!language.matches("[a-z]{2}")) {
                    throw doc.error(languagePath, "unknown key '" + language
                            + "' (expected concept, " + (concepts ? "tier, " : "") + "or a two-letter language code)");
                }
                List<Object> list = doc.list(entry.getValue(), languagePath);
                for (int i = 0; i < list.size(); i++) {
                    List<Object> at = PolicyDocument.at(languagePath, i);
                    String text = doc.text(list.get(i), at);
                    if (text.length() > MAX_PROTOTYPE_LENGTH) {
                        throw doc.error(at, "a sentence here has at most " + MAX_PROTOTYPE_LENGTH
                                + " characters (one idea per sentence), found " + text.length());
                    }
                    if (!seen.add(language + ":" + text.toLowerCase(Locale.ROOT))) {
                        throw doc.error(at, "the sentence '" + text + "' is listed twice");
                    }
                    Cues cues = polarity.get(language);
                    into.add(new Prototype(concept, tier, language, text,
                            cues != null && cues.in(text, 0, text.length()), null));
                }
                languages++;
            }
            if (languages == 0) {
                throw doc.error(groupPath, "'" + concept + "' has no sentences (add en: [...] or es: [...])");
            }
        }
    }

    /** The crisis sentences of a text: each a hit whose rule names the nearest prototype and its similarity. */
    public List<Hit> hits(String text) {
        return hits(text, List.of());
    }

    /**
     * As {@link #hits(String)}, leaving to the phrase layers every sentence (or window) in which
     * they weighed a crisis phrase, whether it counted or was cancelled by a negation or an idiom:
     * their reviewed rules know "I would never kill myself" better than the model does, and a
     * phrase is the clearer reason for a moderator. {@code weighed} holds [start, end) ranges.
     */
    public List<Hit> hits(String text, List<int[]> weighed) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (Span span : spans(text)) {
            String language = LanguageGuess.of(text, span.start(), span.end());
            if (screened.containsKey(language) && anchors.get(language).in(text, span.start(), span.end())
                    && weighed.stream().noneMatch(w -> w[0] < span.end() && w[1] > span.start())) {
                spans.add(span);
                languages.add(language);
            }
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        if (spans.size() > MAX_SPANS) {
            keepMostAnchored(text, spans, languages);
        }
        float[][] vectors = encoder.embed(spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
        List<Hit> hits = new ArrayList<>();
        Hit last = null;
        for (int i = 0; i < vectors.length; i++) {
            Span span = spans.get(i);
            String language = languages.get(i);
            boolean negated = negated(text, span, language);
            Nearest nearest = nearest(vectors[i], language, negated);
            if (!crisis(nearest, language, negated)) {
                continue;
            }
            Prototype p = nearest.prototype();
            Hit hit = new Hit(new SafetyRule(file, String.format(Locale.ROOT, "≈ \"%s\" (%.2f)", p.text(), nearest.similarity()),
                    p.language(), Action.ESCALATE, p.tier(), null), span.start(), span.end(),
                    text.substring(span.start(), span.end()));
            // Overlapping windows of one long sentence: keep the more severe, then the nearer.
            if (last != null && last.end() > hit.start()) {
                if (hit.rule().severity().compareTo(last.rule().severity()) < 0) {
                    hits.set(hits.size() - 1, hit);
                    last = hit;
                }
                continue;
            }
            hits.add(hit);
            last = hit;
        }
        return hits;
    }

    /**
     * Keeps the {@value #MAX_SPANS} sentences with the most anchor words, in text order: the model
     * costs about a millisecond a sentence on one core, and a long post must stay within the
     * screen's time budget (bench/matcher.sh). The rule layers still read every sentence.
     */
    private void keepMostAnchored(String text, List<Span> spans, List<String> languages) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(anchorCount(text, spans.get(b), languages.get(b)),
                anchorCount(text, spans.get(a), languages.get(a))));
        List<Integer> kept = order.subList(0, MAX_SPANS).stream().sorted().toList();
        List<Span> keptSpans = kept.stream().map(spans::get).toList();
        List<String> keptLanguages = kept.stream().map(languages::get).toList();
        spans.clear();
        spans.addAll(keptSpans);
        languages.clear();
        languages.addAll(keptLanguages);
    }

    private int anchorCount(String text, Span span, String language) {
        return anchors.get(language).count(text, span.start(), span.end());
    }

    private boolean negated(String text, Span span, String language) {
        Cues cues = polarity.get(language);
        return cues != null && cues.in(text, span.start(), span.end());
    }

    /** What the layer makes of one sentence, in the language it seems to be (for tests and reviewers). */
    Nearest nearest(String sentence) {
        String language = LanguageGuess.of(sentence, 0, sentence.length());
        return nearest(encoder.embed(List.of(sentence))[0], language,
                negated(sentence, new Span(0, sentence.length()), language));
    }

    /** Whether the gate lets a sentence through to the model (for the reviewers' check script). */
    boolean gated(String sentence) {
        AnchorWords words = anchors.get(LanguageGuess.of(sentence, 0, sentence.length()));
        return words != null && words.in(sentence, 0, sentence.length());
    }

    /** Whether one sentence is crisis language to this layer. */
    boolean crisis(String sentence) {
        String language = LanguageGuess.of(sentence, 0, sentence.length());
        return crisis(nearest(sentence), language, negated(sentence, new Span(0, sentence.length()), language));
    }

    /**
     * Whether a sentence with these nearest neighbours is crisis language: never in a language not
     * screened, and only near a prototype of the same polarity (the model hardly tells "I want to
     * die" from "I never want to die", so "I never want to die" may match only a prototype with a
     * cue too, and "my kids would be better off if I wasn't here" still finds one).
     */
    boolean crisis(Nearest nearest, String language, boolean negated) {
        Limits limits = screened.get(language);
        return limits != null && nearest.prototype() != null && nearest.prototype().negated() == negated
                && nearest.similarity() >= limits.thresholds().get(nearest.prototype().tier())
                && nearest.similarity() - nearest.contrastSimilarity() >= limits.margin();
    }

    /** The nearest contrast, and the nearest prototype among those of the sentence's polarity. */
    private Nearest nearest(float[] vector, String language, boolean negated) {
        Prototype best = null;
        Prototype bestContrast = null;
        double similarity = -1;
        double contrastSimilarity = -1;
        for (Prototype p : byLanguage.getOrDefault(language, List.of())) {
            double s = SentenceEncoder.similarity(vector, p.vector());
            if (p.contrast()) {
                if (s > contrastSimilarity) {
                    contrastSimilarity = s;
                    bestContrast = p;
                }
            } else if (s > similarity && p.negated() == negated) {
                similarity = s;
                best = p;
            }
        }
        return new Nearest(best, similarity, bestContrast, contrastSimilarity);
    }

    /** How many prototypes and contrasts the file holds (for the admins' policy page). */
    int count(boolean contrasts) {
        return (int) byLanguage.values().stream().flatMap(List::stream).filter(p -> p.contrast() == contrasts).count();
    }

    /**
     * The sentences of a text (ending at . ! ? ; or a line break), each trimmed; a sentence longer
     * than {@link #WINDOW_WORDS} words becomes windows of that many words, overlapping by half, so
     * that a crisis clause inside a long run-on sentence is not diluted by the rest.
     */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSentenceEnd(text, i)) {
                addSentence(text, start, i == text.length() ? i : i + 1, spans);
                start = i + 1;
            }
        }
        return spans;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
            return true;
        }
        // A full stop ends a sentence unless a letter or digit follows at once ("3.5", "e.g").
        return c == '.' && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static void addSentence(String text, int from, int to, List<Span> spans) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > wordStart) {
                words.add(new int[] {wordStart, i});
            }
        }
        if (words.size() < MIN_WORDS || words.stream().noneMatch(w -> hasLetter(text, w[0], w[1]))) {
            return;
        }
        if (words.size() <= WINDOW_WORDS) {
            spans.add(new Span(words.get(0)[0], words.get(words.size() - 1)[1]));
            return;
        }
        int step = WINDOW_WORDS / 2;
        for (int first = 0; ; first += step) {
            int last = Math.min(first + WINDOW_WORDS, words.size()) - 1;
            spans.add(new Span(words.get(first)[0], words.get(last)[1]));
            if (last == words.size() - 1) {
                break;
            }
        }
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Polarity cues of one language: words or phrases, matched as whole words, case and apostrophes aside. */
    static final class Cues {

        private final List<List<String>> phrases;

        Cues(List<String> cues) {
            phrases = cues.stream().map(c -> words(c, 0, c.length())).filter(w -> !w.isEmpty()).toList();
        }

        boolean in(String text, int start, int end) {
            List<String> words = words(text, start, end);
            for (int i = 0; i < words.size(); i++) {
                for (List<String> phrase : phrases) {
                    if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static List<String> words(String text, int start, int end) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = start; i <= end; i++) {
                char c = i < end ? text.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else if (c != '\'' && c != '’' && word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            return words;
        }
    }
}
