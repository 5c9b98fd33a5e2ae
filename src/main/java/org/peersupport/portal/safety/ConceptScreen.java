package org.peersupport.portal.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.safety.PhraseMatcher.Match;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Hit;

/**
 * The second layer of crisis detection (crisis-concepts.yaml): finds the clinical concepts of a text
 * (a wish to be dead, intent, a method, timing, a farewell…) and fires a signal when all the
 * concepts it names stand within a few words of each other. Immutable; built by
 * {@link SafetyPolicyFiles}.
 *
 * <p>Each word is compared four ways: as written (after the file's spellings are spelt out), as it
 * sounds in Spanish ({@link SpanishSound}, for Spanish terms compared word for word), by its English
 * stem and by its Spanish stem, since members mix languages. A concept occurrence is
 * dropped when a negation cue stands just before it or an idiom covers it (the cues and idioms of
 * crisis-language.yaml, found by {@link SafetyScreen}); a whole signal is dropped when a clause of
 * it speaks of the past, reports speech or jokes, when it stands in quotation marks, or when the
 * nearest person named before it is someone else.
 */
final class ConceptScreen {

    static final String SOMEONE_ELSE = "someone-else";
    static final String FIRST_PERSON = "first-person";
    static final String HELPING = "helping";
    static final String JOKE = "joke";
    static final String EARNEST = "earnest";
    static final String THEIR_CRISIS = "their-crisis";
    /** The concepts that make a question about helping someone a question about a crisis. */
    private static final Set<String> CRISIS_TOPICS = Set.of("death", "self-death", "no-will-to-live", "ideation",
            "self-harm", "disappear", "means", "place", THEIR_CRISIS);

    /** One occurrence of a concept, on the screen's surface tokens (inclusive). */
    record Occurrence(String concept, int first, int last) {
    }

    /** A combination of concepts that makes crisis language. */
    record Signal(List<String> concepts, Severity severity) {

        String name() {
            return String.join(" + ", concepts);
        }
    }

    /** Per token of a text: its sentence and clause number, and whether it stands in a quotation. */
    private record Layout(int[] sentence, int[] clause, boolean[] quoted) {
    }

    /** Where a matcher entry came from: its concept. One instance per concept and matcher. */
    record Term(String concept) {
    }

    /** What the screen found before concepts: negation cues, pseudo-negations, scope ends and idioms. */
    record Context(List<Match<?>> cues, List<Match<?>> pseudoCues, List<Match<?>> scopeEnds, List<Match<?>> idioms) {
    }

    private final String file;
    private final Map<String, List<String>> spellings;
    private final PhraseMatcher<Term> exact;
    private final PhraseMatcher<Term> soundsLike;
    private final Map<Stemmer, PhraseMatcher<Term>> stemmed;
    private final List<Signal> signals;
    private final Set<String> someoneElseDoesNotCancel;
    private final Set<String> cancelInClause;
    private final Set<String> cancelInSentence;
    private final int window;
    private final int negationWindow;

    ConceptScreen(String file, Map<String, List<String>> spellings, PhraseMatcher<Term> exact,
            PhraseMatcher<Term> soundsLike, Map<Stemmer, PhraseMatcher<Term>> stemmed, List<Signal> signals, Set<String> someoneElseDoesNotCancel,
            Set<String> cancelInClause, Set<String> cancelInSentence, int window, int negationWindow) {
        this.file = file;
        this.spellings = Map.copyOf(spellings);
        this.exact = exact;
        this.soundsLike = soundsLike;
        this.stemmed = stemmed.isEmpty() ? Map.of() : new EnumMap<>(stemmed);
        this.signals = signals.stream()
                .sorted(Comparator.comparing(Signal::severity).thenComparing(s -> -s.concepts().size())).toList();
        this.someoneElseDoesNotCancel = Set.copyOf(someoneElseDoesNotCancel);
        this.cancelInClause = Set.copyOf(cancelInClause);
        this.cancelInSentence = Set.copyOf(cancelInSentence);
        this.window = window;
        this.negationWindow = negationWindow;
    }

    /** The words of a phrase as this screen compares them: spellings spelt out, then stemmed (or not). */
    List<String> prepare(List<String> words, Stemmer stemmer) {
        List<String> out = new ArrayList<>(words.size() + 2);
        for (String word : words) {
            List<String> spelt = spellings.get(word);
            for (String w : spelt == null ? List.of(word) : spelt) {
                out.add(stemmer == null ? w : stemmer.stem(w));
            }
        }
        return out;
    }

    /**
     * Adds the signals of a text to {@code hits}, at most one hit per signal (its first
     * combination), and removes the crisis phrases of crisis-language.yaml that the same blockers
     * cancel (the past, reported speech, a quotation, someone else). Returns the character ranges
     * of the clauses that a past, reported-speech or joke blocker stands in, which the semantic
     * layer leaves alone too.
     */
    List<int[]> screen(String text, List<Token> tokens, Context context, List<Hit> hits) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Occurrence> occurrences = occurrences(tokens);
        Layout layout = new Layout(sentences(text, tokens), tokens.stream().mapToInt(Token::clause).toArray(),
                quoted(text, tokens));
        hits.removeIf(hit -> hit.rule().action() == Action.ESCALATE
                && phraseCancelled(hit, tokens, occurrences, layout));
        if (occurrences.isEmpty()) {
            return List.of();
        }
        List<Occurrence> standing = new ArrayList<>();
        List<Occurrence> blockers = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (isBlocker(o.concept())) {
                // "no es chiste", "not in the past": a negated blocker blocks nothing, and "jaja no, en serio"
                // takes its joke back
                if (!cancelInClause.contains(o.concept()) || !negated(o, tokens, context, occurrences)
                        && !(o.concept().equals(JOKE) && takenBack(o, occurrences, tokens))) {
                    blockers.add(o);
                }
            } else if (!coveredByIdiom(o, context) && !negated(o, tokens, context, occurrences)) {
                standing.add(o);
            }
        }
        for (Signal signal : signals) {
            Occurrence[] found = find(signal, standing, blockers, layout);
            if (found != null) {
                hits.add(hit(text, tokens, signal, found));
            }
        }
        List<int[]> blockedClauses = new ArrayList<>();
        for (Occurrence blocker : blockers) {
            if (cancelInClause.contains(blocker.concept())) {
                blockedClauses.add(clauseRange(tokens, blocker));
            }
        }
        Occurrence helping = occurrences.stream().filter(o -> o.concept().equals(HELPING)).findFirst().orElse(null);
        Occurrence topic = occurrences.stream().filter(o -> CRISIS_TOPICS.contains(o.concept())).findFirst().orElse(null);
        if (helping != null && topic != null) {
            int start = tokens.get(Math.min(helping.first(), topic.first())).start();
            int end = tokens.get(Math.max(helping.last(), topic.last())).end();
            String why = "helping \u201C" + text.substring(tokens.get(helping.first()).start(), tokens.get(helping.last()).end())
                    + "\u201D + " + topic.concept() + " \u201C"
                    + text.substring(tokens.get(topic.first()).start(), tokens.get(topic.last()).end()) + "\u201D";
            hits.add(new Hit(new SafetyRule(file, why, "any", Action.SUPPORT, null, null), start, end,
                    text.substring(start, end)));
        }
        return blockedClauses;
    }

    /** The [start, end) characters of the clauses a blocker stands in. */
    private static int[] clauseRange(List<Token> tokens, Occurrence blocker) {
        int first = blocker.first();
        int last = blocker.last();
        while (first > 0 && tokens.get(first - 1).clause() == tokens.get(blocker.first()).clause()) {
            first--;
        }
        while (last + 1 < tokens.size() && tokens.get(last + 1).clause() == tokens.get(blocker.last()).clause()) {
            last++;
        }
        return new int[] {tokens.get(first).start(), tokens.get(last).end()};
    }

    private boolean phraseCancelled(Hit hit, List<Token> tokens, List<Occurrence> all, Layout layout) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (first < 0 && tokens.get(i).end() > hit.start()) {
                first = i;
            }
            if (tokens.get(i).start() < hit.end()) {
                last = i;
            }
        }
        if (first < 0 || last < first) {
            return false;
        }
        Occurrence phrase = new Occurrence("phrase", first, last);
        return cancelled(List.of(), new Occurrence[] {phrase}, all, layout);
    }

    private boolean isBlocker(String concept) {
        return cancelInClause.contains(concept) || cancelInSentence.contains(concept) || concept.equals(SOMEONE_ELSE) || concept.equals(FIRST_PERSON)
                || concept.equals(HELPING) || concept.equals(THEIR_CRISIS) || concept.equals(EARNEST);
    }

    /** An earnest word after the joke, in its clause or the next ("lol. not lol", "jaja no, en serio"). */
    private static boolean takenBack(Occurrence joke, List<Occurrence> all, List<Token> tokens) {
        int clause = tokens.get(joke.last()).clause();
        return all.stream().anyMatch(o -> o.concept().equals(EARNEST) && o.first() > joke.last()
                && tokens.get(o.first()).clause() - clause <= 1);
    }

    /** Which tokens stand between quotation marks: a quotation is someone else's words. */
    private static boolean[] quoted(String text, List<Token> tokens) {
        boolean[] quoted = new boolean[tokens.size()];
        int open = -1;
        char closing = 0;
        List<int[]> spans = new ArrayList<>();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            boolean wordBefore = c > 0 && Character.isLetterOrDigit(text.charAt(c - 1));
            boolean wordAfter = c + 1 < text.length() && Character.isLetterOrDigit(text.charAt(c + 1));
            if (open < 0) {
                if (ch == '"' || ch == '\u201C' || ch == '\u00AB' || (ch == '\'' && !wordBefore && wordAfter)) {
                    open = c;
                    closing = ch == '\u201C' ? '\u201D' : ch == '\u00AB' ? '\u00BB' : ch;
                }
            } else if (ch == closing && (closing != '\'' || !wordAfter)) {
                spans.add(new int[] {open, c});
                open = -1;
            }
        }
        for (int[] span : spans) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() > span[0] && tokens.get(i).end() <= span[1]) {
                    quoted[i] = true;
                }
            }
        }
        return quoted;
    }

    /** Every concept occurrence, mapped back to the surface tokens. */
    private List<Occurrence> occurrences(List<Token> tokens) {
        List<Token> spelt = new ArrayList<>(tokens.size() + 8);
        List<Integer> source = new ArrayList<>(tokens.size() + 8);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<String> words = spellings.get(token.text());
            if (words == null && token.elongated()) {
                words = spellings.get(token.squeezed()); // "kmsss"
            }
            if (words == null) {
                spelt.add(token);
                source.add(i);
            } else {
                for (String word : words) {
                    spelt.add(new Token(word, token.start(), token.end(), token.clause(), false));
                    source.add(i);
                }
            }
        }
        List<Occurrence> found = new ArrayList<>();
        collect(exact.matches(spelt), source, found);
        List<Token> sounds = new ArrayList<>(spelt.size());
        for (Token t : spelt) {
            sounds.add(new Token(SpanishSound.of(t.text()), t.start(), t.end(), t.clause(), false));
        }
        collect(soundsLike.matches(sounds), source, found);
        for (Map.Entry<Stemmer, PhraseMatcher<Term>> entry : stemmed.entrySet()) {
            Stemmer stemmer = entry.getKey();
            List<Token> stems = new ArrayList<>(spelt.size());
            for (Token t : spelt) {
                stems.add(new Token(stemmer.stem(t.text()), t.start(), t.end(), t.clause(), false));
            }
            collect(entry.getValue().matches(stems), source, found);
        }
        return found;
    }

    private static void collect(List<Match<Term>> matches, List<Integer> source, List<Occurrence> found) {
        for (Match<Term> m : matches) {
            Occurrence o = new Occurrence(m.payload().concept(), source.get(m.first()), source.get(m.last()));
            if (!found.contains(o)) {
                found.add(o);
            }
        }
    }

    /** Sentence number of each token: a new sentence after . ! ? … ; or a line break. */
    private static int[] sentences(String text, List<Token> tokens) {
        int[] sentence = new int[tokens.size()];
        int current = 0;
        for (int i = 1; i < tokens.size(); i++) {
            for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
                char ch = text.charAt(c);
                if (ch == '.' || ch == '!' || ch == '?' || ch == '…' || ch == ';' || ch == '\n') {
                    current++;
                    break;
                }
            }
            sentence[i] = current;
        }
        return sentence;
    }

    private static boolean coveredByIdiom(Occurrence o, Context context) {
        for (Match<?> idiom : context.idioms()) {
            if (idiom.overlaps(o.first(), o.last())) {
                return true;
            }
        }
        return false;
    }

    /** A cue just before the occurrence, in its clause, that is no pseudo-negation and no part of a concept. */
    private boolean negated(Occurrence o, List<Token> tokens, Context context, List<Occurrence> all) {
        int clause = tokens.get(o.first()).clause();
        for (Match<?> cue : context.cues()) {
            if (cue.last() >= o.first() || o.first() - cue.last() > negationWindow
                    || tokens.get(cue.last()).clause() != clause) {
                continue;
            }
            if (context.pseudoCues().stream().anyMatch(p -> p.overlaps(cue.first(), cue.last()))) {
                continue;
            }
            if (all.stream().anyMatch(a -> !isBlocker(a.concept()) && a.first() <= cue.last() && cue.first() <= a.last())) {
                continue;
            }
            if (context.scopeEnds().stream().anyMatch(s -> s.first() > cue.last() && s.last() < o.first())) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** The first combination of the signal's concepts within the window that no blocker cancels. */
    private Occurrence[] find(Signal signal, List<Occurrence> standing, List<Occurrence> all, Layout layout) {
        List<String> concepts = signal.concepts();
        List<List<Occurrence>> options = new ArrayList<>(concepts.size());
        for (String concept : concepts) {
            List<Occurrence> of = standing.stream().filter(o -> o.concept().equals(concept)).toList();
            if (of.isEmpty()) {
                return null;
            }
            options.add(of);
        }
        Occurrence[] chosen = new Occurrence[concepts.size()];
        return search(signal, options, 0, chosen, all, layout) ? chosen : null;
    }

    private boolean search(Signal signal, List<List<Occurrence>> options, int index, Occurrence[] chosen,
            List<Occurrence> all, Layout layout) {
        if (index == chosen.length) {
            return !cancelled(signal.concepts(), chosen, all, layout);
        }
        for (Occurrence candidate : options.get(index)) {
            if (overlapsChosen(candidate, chosen, index)) {
                continue;
            }
            chosen[index] = candidate;
            int first = Integer.MAX_VALUE;
            int last = -1;
            for (int i = 0; i <= index; i++) {
                first = Math.min(first, chosen[i].first());
                last = Math.max(last, chosen[i].last());
            }
            if (last - first + 1 > window) {
                continue;
            }
            if (search(signal, options, index + 1, chosen, all, layout)) {
                return true;
            }
        }
        return false;
    }

    /** A concept named twice in a signal needs two separate occurrences ("thank you for everything … forgive me"). */
    private static boolean overlapsChosen(Occurrence candidate, Occurrence[] chosen, int index) {
        for (int i = 0; i < index; i++) {
            if (chosen[i].concept().equals(candidate.concept())
                    && chosen[i].first() <= candidate.last() && candidate.first() <= chosen[i].last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A blocker in a clause of the span (the past, reported speech, a joke), a quotation around the whole
     * span, or someone else as the nearest person before it (timing words aside: "today she said
     * she wants to die" is about her).
     */
    private boolean cancelled(List<String> concepts, Occurrence[] chosen, List<Occurrence> all, Layout layout) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        int anchor = Integer.MAX_VALUE;
        for (Occurrence o : chosen) {
            first = Math.min(first, o.first());
            last = Math.max(last, o.last());
            if (!o.concept().equals("timing")) {
                anchor = Math.min(anchor, o.first());
            }
        }
        if (anchor == Integer.MAX_VALUE) {
            anchor = first;
        }
        for (Occurrence o : all) {
            if (cancelInClause.contains(o.concept()) && sharesAClause(o, chosen, layout.clause())) {
                return true;
            }
            if (cancelInSentence.contains(o.concept()) && layout.sentence()[o.first()] >= layout.sentence()[first]
                    && layout.sentence()[o.first()] <= layout.sentence()[last]) {
                return true;
            }
        }
        boolean allQuoted = true;
        for (int i = first; i <= last; i++) {
            allQuoted &= layout.quoted()[i];
        }
        if (allQuoted) {
            return true;
        }
        if (concepts.stream().anyMatch(someoneElseDoesNotCancel::contains)) {
            return false;
        }
        Occurrence nearestPerson = null;
        for (Occurrence o : all) {
            boolean person = o.concept().equals(SOMEONE_ELSE) || o.concept().equals(FIRST_PERSON);
            // someone else must stand before the signal; the writer may open it ("me voy con él")
            int limit = o.concept().equals(FIRST_PERSON) ? anchor + 1 : anchor;
            if (!person || o.first() >= limit || o.concept().equals(SOMEONE_ELSE) && o.last() >= anchor
                    || layout.sentence()[o.first()] != layout.sentence()[anchor]) {
                continue;
            }
            // the nearest person wins; of two ending together the longer ("me and my sister", not "my sister")
            if (nearestPerson == null || o.last() > nearestPerson.last()
                    || (o.last() == nearestPerson.last() && o.first() < nearestPerson.first())
                    || (o.last() == nearestPerson.last() && o.first() == nearestPerson.first()
                            && o.concept().equals(SOMEONE_ELSE))) {
                nearestPerson = o;
            }
        }
        return nearestPerson != null && nearestPerson.concept().equals(SOMEONE_ELSE);
    }

    private static boolean sharesAClause(Occurrence blocker, Occurrence[] chosen, int[] clause) {
        for (Occurrence o : chosen) {
            for (int i = o.first(); i <= o.last(); i++) {
                if (clause[i] >= clause[blocker.first()] && clause[i] <= clause[blocker.last()]) {
                    return true;
                }
            }
        }
        return false;
    }

    private Hit hit(String text, List<Token> tokens, Signal signal, Occurrence[] chosen) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        StringBuilder why = new StringBuilder();
        for (Occurrence o : chosen) {
            first = Math.min(first, o.first());
            last = Math.max(last, o.last());
            if (why.length() > 0) {
                why.append(" + ");
            }
            why.append(o.concept()).append(" \u201C")
                    .append(text, tokens.get(o.first()).start(), tokens.get(o.last()).end()).append('\u201D');
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        SafetyRule rule = new SafetyRule(file, why.toString(), "any", Action.ESCALATE, signal.severity(), null);
        return new Hit(rule, start, end, text.substring(start, end));
    }
}
