package org.peersupport.portal.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.peersupport.portal.safety.PhraseMatcher.Match;
import org.peersupport.portal.safety.SafetyRule.Action;
import org.peersupport.portal.safety.SafetyRule.Severity;
import org.peersupport.portal.safety.Screening.Decision;
import org.peersupport.portal.safety.Screening.Hit;

/**
 * Screens a post or chat message against the watched words and the crisis language of the policy
 * files (built by {@link SafetyPolicyFiles}). Immutable: one instance serves every thread, and a
 * reload builds a new one.
 *
 * <p>Crisis phrases are weighed before they count:
 * <ul>
 * <li>An idiom occurrence that shares a word with a crisis phrase cancels it ("I want to die of
 * embarrassment", "quiero morirme de la vergüenza"). An idiom must lie within one clause.</li>
 * <li>A negation cue that ends at most {@code window} words before the phrase, in the same clause,
 * cancels it ("I would never kill myself", "no quiero morir"). Words inside the phrase never
 * count, so "ya no quiero seguir viviendo" is crisis language. A cue does not count when it is part
 * of a pseudo-negation ("I can't stop wanting to die"), part of another crisis phrase, or when a
 * scope end ("but", "pero") stands between it and the phrase.</li>
 * </ul>
 * Watched words are not weighed: a flag or a hold is cheap to undo, a missed crisis is not.
 */
public final class SafetyScreen {

    /** What a phrase in the matcher stands for. */
    enum Kind {
        RULE,
        NEGATION,
        PSEUDO_NEGATION,
        SCOPE_END,
        IDIOM
    }

    /** A matcher payload: a rule, or one of the crisis file's helpers (rule is null for those). */
    record Entry(Kind kind, SafetyRule rule) {
    }

    /** A built-in detector with the watched-words entry that names it. */
    record DetectorRule(ContactDetector detector, SafetyRule rule) {
    }

    private final PhraseMatcher<Entry> matcher;
    private final int negationWindow;
    private final List<DetectorRule> detectors;
    private final ConceptScreen concepts;
    /** Layer 3, similarity to reviewed prototype sentences; null when screening by rules only. */
    private final PrototypeLayer prototypes;

    SafetyScreen(PhraseMatcher<Entry> matcher, int negationWindow, List<DetectorRule> detectors) {
        this(matcher, negationWindow, detectors, null, null);
    }

    SafetyScreen(PhraseMatcher<Entry> matcher, int negationWindow, List<DetectorRule> detectors,
            ConceptScreen concepts, PrototypeLayer prototypes) {
        this.matcher = matcher;
        this.negationWindow = negationWindow;
        this.detectors = List.copyOf(detectors);
        this.concepts = concepts;
        this.prototypes = prototypes;
    }

    public Screening screen(String text) {
        List<Token> tokens = TextNormalizer.tokens(text);
        List<Match<Entry>> matches = matcher.matches(tokens);
        List<Hit> hits = new ArrayList<>();
        ConceptScreen.Context context = collectPhraseHits(text, tokens, matches, hits);
        List<int[]> blockedClauses = concepts == null ? List.of() : concepts.screen(text, tokens, context, hits);
        for (DetectorRule detector : detectors) {
            for (int[] span : detector.detector().find(text)) {
                hits.add(new Hit(detector.rule(), span[0], span[1], text.substring(span[0], span[1])));
            }
        }
        if (prototypes != null && hits.stream().noneMatch(SafetyScreen::isHighCrisis)) {
            List<int[]> weighed = new ArrayList<>(weighed(tokens, matches, hits));
            weighed.addAll(blockedClauses);
            hits.addAll(prototypes.hits(text, weighed));
        }
        if (hits.isEmpty()) {
            return new Screening(Decision.PUBLISH, null, List.of(), text);
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        Hit reason = hits.get(0);
        for (Hit hit : hits) {
            // On equal strictness a reviewed phrase explains the decision better than a concept combination.
            if (rank(hit) > rank(reason) || (rank(hit) == rank(reason) && isConcept(reason) && !isConcept(hit))) {
                reason = hit;
            }
        }
        return new Screening(decisionFor(reason.rule()), reason, hits, rewrite(text, hits));
    }

    /** Adds the phrase hits; returns the negation cues and idioms found, for the concept layer. */
    private ConceptScreen.Context collectPhraseHits(String text, List<Token> tokens, List<Match<Entry>> matches,
            List<Hit> hits) {
        List<Match<Entry>> idioms = new ArrayList<>();
        List<Match<Entry>> cues = new ArrayList<>();
        List<Match<Entry>> pseudoCues = new ArrayList<>();
        List<Match<Entry>> scopeEnds = new ArrayList<>();
        List<Match<Entry>> rules = new ArrayList<>();
        for (Match<Entry> match : matches) {
            switch (match.payload().kind()) {
                case IDIOM -> {
                    if (tokens.get(match.first()).clause() == tokens.get(match.last()).clause()) {
                        idioms.add(match);
                    }
                }
                case NEGATION -> cues.add(match);
                case PSEUDO_NEGATION -> pseudoCues.add(match);
                case SCOPE_END -> scopeEnds.add(match);
                case RULE -> rules.add(match);
            }
        }
        List<Match<Entry>> crisis = new ArrayList<>();
        for (Match<Entry> rule : rules) {
            if (rule.payload().rule().action() != Action.ESCALATE) {
                hits.add(hit(text, tokens, rule));
            } else if (!overlapsAny(rule, idioms)) {
                crisis.add(rule);
            }
        }
        for (Match<Entry> phrase : crisis) {
            if (!negated(phrase, tokens, cues, pseudoCues, scopeEnds, crisis)) {
                hits.add(hit(text, tokens, phrase));
            }
        }
        return new ConceptScreen.Context(List.<Match<?>>copyOf(cues), List.<Match<?>>copyOf(pseudoCues),
                List.<Match<?>>copyOf(scopeEnds), List.<Match<?>>copyOf(idioms));
    }

    private boolean negated(Match<Entry> phrase, List<Token> tokens, List<Match<Entry>> cues,
            List<Match<Entry>> pseudoCues, List<Match<Entry>> scopeEnds, List<Match<Entry>> crisis) {
        int clause = tokens.get(phrase.first()).clause();
        for (Match<Entry> cue : cues) {
            if (cue.last() >= phrase.first() || phrase.first() - cue.last() > negationWindow
                    || tokens.get(cue.last()).clause() != clause) {
                continue;
            }
            if (overlapsAny(cue, pseudoCues) || overlapsAny(cue, crisis)) {
                continue;
            }
            if (scopeEnds.stream().anyMatch(s -> s.first() > cue.last() && s.last() < phrase.first())) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean overlapsAny(Match<Entry> match, List<Match<Entry>> others) {
        for (Match<Entry> other : others) {
            if (other.overlaps(match.first(), match.last())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a crisis phrase or an idiom matched, whether it counted or not: the semantic layer
     * leaves those sentences to the reviewed rules above.
     */
    /**
     * The ranges the rule layers already weighed, which the semantic layer leaves alone: every
     * crisis phrase or idiom (counted or cancelled), and every signal of the concept layer that holds
     * a text (a look-soon signal may still be raised by a prototype). The clauses the concept layer's
     * blockers stand in are added by the caller.
     */
    private static List<int[]> weighed(List<Token> tokens, List<Match<Entry>> matches, List<Hit> hits) {
        List<int[]> weighed = new ArrayList<>();
        for (Match<Entry> m : matches) {
            if (m.payload().kind() == Kind.IDIOM
                    || m.payload().kind() == Kind.RULE && m.payload().rule().action() == Action.ESCALATE) {
                weighed.add(new int[] {tokens.get(m.first()).start(), tokens.get(m.last()).end()});
            }
        }
        for (Hit hit : hits) {
            if (isConcept(hit) && hit.rule().action() == Action.ESCALATE && hit.rule().severity() != Severity.LOOK_SOON) {
                weighed.add(new int[] {hit.start(), hit.end()});
            }
        }
        return weighed;
    }

    private static boolean isHighCrisis(Hit hit) {
        return hit.rule().action() == Action.ESCALATE && hit.rule().severity() == Severity.HIGH;
    }

    private static Hit hit(String text, List<Token> tokens, Match<Entry> match) {
        int start = tokens.get(match.first()).start();
        int end = tokens.get(match.last()).end();
        return new Hit(match.payload().rule(), start, end, text.substring(start, end));
    }

    private static boolean isConcept(Hit hit) {
        return SafetyPolicyFiles.CRISIS_CONCEPTS.equals(hit.rule().file());
    }

    /**
     * Strictness of a hit, for choosing the reason: HIGH crisis, MEDIUM crisis, block, hold, look
     * soon, flag, replace.
     */
    private static int rank(Hit hit) {
        SafetyRule rule = hit.rule();
        return switch (rule.action()) {
            case ESCALATE -> switch (rule.severity()) {
                case HIGH -> 7;
                case MEDIUM -> 6;
                case LOOK_SOON -> 3;
            };
            case BLOCK -> 5;
            case HOLD -> 4;
            case FLAG -> 2;
            case REPLACE -> 1;
            case SUPPORT -> 0;
        };
    }

    private static Decision decisionFor(SafetyRule rule) {
        return switch (rule.action()) {
            case ESCALATE -> rule.severity() == Severity.LOOK_SOON ? Decision.PUBLISH : Decision.ESCALATE;
            case BLOCK -> Decision.BLOCK;
            case HOLD -> Decision.HOLD;
            case FLAG, REPLACE, SUPPORT -> Decision.PUBLISH;
        };
    }

    /** The text with every REPLACE hit replaced; of overlapping ones the earliest wins. */
    private static String rewrite(String text, List<Hit> hits) {
        StringBuilder out = null;
        int copied = 0;
        for (Hit hit : hits) {
            if (hit.rule().action() != Action.REPLACE || hit.start() < copied) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, hit.start());
            String replacement = hit.rule().replacement();
            if (Character.isUpperCase(hit.matched().charAt(0)) && !replacement.isEmpty()) {
                replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
            }
            out.append(replacement);
            copied = hit.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
