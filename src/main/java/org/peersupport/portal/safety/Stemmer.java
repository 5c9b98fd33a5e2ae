package org.peersupport.portal.safety;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The Snowball stemmers of Apache Lucene for the two languages the crisis concepts are written in:
 * "pills" → "pill", "quiero" and "querer" → "quier"/"quer", "matarme" → "mat". A Snowball stemmer
 * keeps state while it works, so every thread has its own.
 */
public enum Stemmer {
    ENGLISH("en"),
    SPANISH("es");

    private final String language;
    private final ThreadLocal<SnowballStemmer> stemmer;

    Stemmer(String language) {
        this.language = language;
        this.stemmer = ThreadLocal.withInitial(() -> language.equals("en") ? new EnglishStemmer() : new SpanishStemmer());
    }

    /** The stemmer for a two-letter language code, or null when there is none. */
    public static Stemmer forLanguage(String language) {
        for (Stemmer s : values()) {
            if (s.language.equals(language)) {
                return s;
            }
        }
        return null;
    }

    public String language() {
        return language;
    }

    /** The stem of one normalised word (lower case, no accents: as {@link TextNormalizer} makes it). */
    public String stem(String word) {
        SnowballStemmer snowball = stemmer.get();
        snowball.setCurrent(word);
        snowball.stem();
        return snowball.getCurrent();
    }
}
