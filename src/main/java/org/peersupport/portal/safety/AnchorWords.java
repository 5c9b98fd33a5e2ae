package org.peersupport.portal.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The semantic layer's gate: a sentence is embedded only when it holds one of the anchor words of
 * its language (crisis-prototypes.yaml, compared by Snowball stem: "dying" finds "die"). The model
 * costs about half a millisecond per sentence, so a long everyday post must not pay it for every
 * sentence; the file's reader checks that every prototype holds an anchor, so a sentence like a
 * prototype is never skipped for want of one.
 */
final class AnchorWords {

    private final String language;
    private final Set<String> stems;

    AnchorWords(String language, List<String> words) {
        this.language = language;
        Set<String> stems = new HashSet<>();
        for (String word : words) {
            for (Token token : TextNormalizer.tokens(word)) {
                stems.add(stem(language, token.text()));
            }
        }
        this.stems = Set.copyOf(stems);
    }

    /** Whether the text between start and end holds an anchor word. */
    boolean in(String text, int start, int end) {
        return count(text, start, end) > 0;
    }

    /** How many anchor words the text between start and end holds. */
    int count(String text, int start, int end) {
        int count = 0;
        for (Token token : TextNormalizer.tokens(text.substring(start, end))) {
            if (stems.contains(stem(language, token.text()))) {
                count++;
            }
        }
        return count;
    }

    private static String stem(String language, String word) {
        return (language.equals("es") ? Stemmer.SPANISH : Stemmer.ENGLISH).stem(word);
    }
}
