package org.peersupport.portal.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases in normalised text as whole-word sequences: "ass" never matches "class" or
 * "assistant", and "kill myself" matches "Kill... MY-self" because only the words count.
 *
 * <p>Compiled once into a trie over word ids; a text costs one hash lookup per word plus a short
 * walk from each word that can start a phrase, so screening is linear in the text's length and
 * almost independent of the number of rules. Immutable after {@link Builder#build()}, so one
 * instance serves every thread.
 *
 * <p>Pattern syntax, kept small on purpose so that clinicians can review every rule:
 * <ul>
 * <li>{@code words} must appear in this order, with anything but letters and digits between them;</li>
 * <li>{@code [a|b c]} exactly one of the alternatives (an alternative may be several words);</li>
 * <li>{@code (a|b)} optionally one of them: "no reason to (keep) living".</li>
 * </ul>
 * There is no wildcard ("end my * life" would also match "end my social life"); write the
 * alternatives out instead. A pattern is expanded into every sequence it stands for, at most
 * {@value #MAX_EXPANSIONS}.
 *
 * @param <T> what a phrase stands for (a rule, a negation cue, an idiom)
 */
public final class PhraseMatcher<T> {

    static final int MAX_EXPANSIONS = 512;

    /** One occurrence: the phrase's payload and its first and last token (inclusive). */
    public record Match<T>(T payload, int first, int last) {

        public boolean overlaps(int otherFirst, int otherLast) {
            return first <= otherLast && otherFirst <= last;
        }
    }

    private final Map<String, Integer> wordIds;
    private final Map<String, int[]> idsBySqueezed;
    private final Node<T> root;

    private PhraseMatcher(Map<String, Integer> wordIds, Node<T> root) {
        this.wordIds = Map.copyOf(wordIds);
        this.root = root;
        Map<String, List<Integer>> squeezed = new HashMap<>();
        wordIds.forEach((word, id) -> squeezed.computeIfAbsent(TextNormalizer.squeeze(word), k -> new ArrayList<>()).add(id));
        Map<String, int[]> frozen = new HashMap<>();
        squeezed.forEach((k, ids) -> frozen.put(k, ids.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.idsBySqueezed = Map.copyOf(frozen);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every occurrence of every phrase, overlapping ones included, by first then last token. */
    public List<Match<T>> matches(List<Token> tokens) {
        int n = tokens.size();
        int[] ids = new int[n];
        int[][] alternatives = null;
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            ids[i] = wordIds.getOrDefault(token.text(), -1);
            if (token.elongated()) {
                int[] similar = idsBySqueezed.get(token.squeezed());
                if (similar != null) {
                    if (alternatives == null) {
                        alternatives = new int[n][];
                    }
                    alternatives[i] = similar;
                }
            }
        }
        List<Match<T>> found = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            walk(root, start, start, ids, alternatives, found);
        }
        return found;
    }

    private void walk(Node<T> node, int first, int position, int[] ids, int[][] alternatives, List<Match<T>> found) {
        if (position >= ids.length) {
            return;
        }
        int id = ids[position];
        if (id >= 0) {
            step(node.child(id), first, position, ids, alternatives, found);
        }
        if (alternatives != null && alternatives[position] != null) {
            for (int similar : alternatives[position]) {
                if (similar != id) {
                    step(node.child(similar), first, position, ids, alternatives, found);
                }
            }
        }
    }

    private void step(Node<T> child, int first, int position, int[] ids, int[][] alternatives, List<Match<T>> found) {
        if (child == null) {
            return;
        }
        for (T payload : child.payloads) {
            found.add(new Match<>(payload, first, position));
        }
        if (child.keys.length > 0) {
            walk(child, first, position + 1, ids, alternatives, found);
        }
    }

    /** The word sequences a pattern stands for, normalised ("can't [go|carry] on" → 2 sequences). */
    public static List<List<String>> expand(String pattern) {
        List<List<String>> sequences = new ArrayList<>();
        sequences.add(List.of());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[' || c == '(') {
                char close = c == '[' ? ']' : ')';
                int end = pattern.indexOf(close, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("'" + c + "' is not closed by '" + close + "'");
                }
                String inside = pattern.substring(i + 1, end);
                if (inside.indexOf('[') >= 0 || inside.indexOf('(') >= 0) {
                    throw new IllegalArgumentException("brackets cannot be nested");
                }
                List<List<String>> choices = new ArrayList<>();
                for (String alternative : inside.split("\\|", -1)) {
                    List<String> words = words(alternative);
                    if (words.isEmpty()) {
                        throw new IllegalArgumentException("an empty alternative in '" + c + inside + close
                                + "' (use ( ) for an optional word)");
                    }
                    choices.add(words);
                }
                if (c == '(') {
                    choices.add(List.of());
                }
                sequences = combine(sequences, choices);
                i = end + 1;
            } else if (c == ']' || c == ')' || c == '|') {
                throw new IllegalArgumentException("'" + c + "' outside brackets");
            } else {
                int end = i;
                while (end < pattern.length() && "[(])|".indexOf(pattern.charAt(end)) < 0) {
                    end++;
                }
                sequences = combine(sequences, List.of(words(pattern.substring(i, end))));
                i = end;
            }
        }
        List<List<String>> distinct = sequences.stream().filter(s -> !s.isEmpty()).distinct().toList();
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("the phrase has no words");
        }
        return distinct;
    }

    private static List<String> words(String text) {
        return TextNormalizer.tokens(text).stream().map(Token::text).toList();
    }

    private static List<List<String>> combine(List<List<String>> prefixes, List<List<String>> choices) {
        if (prefixes.size() * choices.size() > MAX_EXPANSIONS) {
            throw new IllegalArgumentException("the phrase stands for more than " + MAX_EXPANSIONS
                    + " word sequences; split it into several phrases");
        }
        List<List<String>> combined = new ArrayList<>(prefixes.size() * choices.size());
        for (List<String> prefix : prefixes) {
            for (List<String> choice : choices) {
                List<String> sequence = new ArrayList<>(prefix);
                sequence.addAll(choice);
                combined.add(sequence);
            }
        }
        return combined;
    }

    /** Collects patterns; not thread-safe, and used once. */
    public static final class Builder<T> {

        private final Map<String, Integer> wordIds = new LinkedHashMap<>();
        private final MutableNode<T> root = new MutableNode<>();

        private Builder() {
        }

        /** Adds a pattern; throws IllegalArgumentException (with the reason) when it is malformed. */
        public Builder<T> add(String pattern, T payload) {
            for (List<String> sequence : expand(pattern)) {
                addSequence(sequence, payload);
            }
            return this;
        }

        /** Adds one word sequence as it is (already normalised, spelt out and stemmed by the caller). */
        public Builder<T> addSequence(List<String> sequence, T payload) {
            if (sequence.isEmpty()) {
                throw new IllegalArgumentException("the phrase has no words");
            }
            MutableNode<T> node = root;
            for (String word : sequence) {
                int id = wordIds.computeIfAbsent(word, w -> wordIds.size());
                node = node.children.computeIfAbsent(id, k -> new MutableNode<>());
            }
            if (!node.payloads.contains(payload)) {
                node.payloads.add(payload);
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(wordIds, root.freeze());
        }
    }

    private static final class MutableNode<T> {

        final Map<Integer, MutableNode<T>> children = new HashMap<>();
        final List<T> payloads = new ArrayList<>(1);

        Node<T> freeze() {
            int[] keys = children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            @SuppressWarnings("unchecked")
            Node<T>[] nodes = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                nodes[i] = children.get(keys[i]).freeze();
            }
            return new Node<>(keys, nodes, List.copyOf(payloads));
        }
    }

    /** A frozen trie node: sorted child word ids, searched by bisection. */
    private static final class Node<T> {

        final int[] keys;
        final Node<T>[] children;
        final List<T> payloads;

        Node(int[] keys, Node<T>[] children, List<T> payloads) {
            this.keys = keys;
            this.children = children;
            this.payloads = payloads;
        }

        Node<T> child(int id) {
            int at = Arrays.binarySearch(keys, id);
            return at >= 0 ? children[at] : null;
        }
    }
}
