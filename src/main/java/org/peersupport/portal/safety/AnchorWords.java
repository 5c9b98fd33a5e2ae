package org.peersupport.portal.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

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
        for (Token token : TextNormalizer.tokens(text.substring(start, end))) {
            if (stems.contains(stem(language, token.text()))) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String language, String word) {
        SnowballStemmer stemmer = language.equals("es") ? new SpanishStemmer() : new EnglishStemmer(); // not thread-safe; cheap
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
