package org.peersupport.portal.safety;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence is English or Spanish, from its function words: the semantic layer's model
 * knows English only, and on Spanish it finds likeness where there is none. Counts words that are
 * frequent in one language and not words of the other; a tie goes to Spanish when the sentence has
 * ñ, an accented vowel or an inverted mark, otherwise to English.
 */
final class LanguageGuess {

    static final Set<String> KNOWN = Set.of("en", "es");

    private static final Set<String> ENGLISH = Set.of("the", "and", "i", "im", "i'm", "to", "my", "is", "you", "it",
            "of", "a", "in", "that", "was", "for", "just", "with", "be", "have", "this", "what", "so", "not", "are",
            "me", "myself", "want", "dont", "don't", "can't", "cant", "will", "would", "it's", "its", "been", "all",
            "anymore", "feel", "do", "am", "about", "he", "she", "they", "we", "but", "or", "at", "on", "if", "how",
            "why", "when", "going", "gonna", "wanna", "know", "think", "really", "out", "up", "no");

    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una",
            "mi", "es", "por", "para", "con", "se", "lo", "yo", "ya", "muy", "pero", "estoy", "quiero", "más", "mas",
            "todo", "nada", "nadie", "nunca", "porque", "cuando", "como", "cómo", "qué", "del", "al", "le", "te",
            "esto", "esta", "este", "eso", "hoy", "tengo", "puedo", "sé", "siento", "vida", "ganas", "también", "si",
            "sí", "hay", "estar", "ser", "mis", "tu", "su", "sin", "así", "aquí", "voy", "no", "me");

    private LanguageGuess() {
    }

    static String of(String text, int start, int end) {
        int english = 0;
        int spanish = 0;
        boolean spanishLetters = false;
        int i = start;
        while (i < end) {
            while (i < end && !isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                spanishLetters |= c == '¿' || c == '¡';
                i++;
            }
            int wordStart = i;
            while (i < end && isWordChar(text.charAt(i))) {
                spanishLetters |= "ñáéíóúÑÁÉÍÓÚ".indexOf(text.charAt(i)) >= 0;
                i++;
            }
            if (i > wordStart) {
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT).replace('’', '\'');
                // "no" and "me" are words of both languages
                boolean both = word.equals("no") || word.equals("me");
                english += !both && ENGLISH.contains(word) ? 1 : 0;
                spanish += !both && SPANISH.contains(word) ? 1 : 0;
            }
        }
        if (spanish != english) {
            return spanish > english ? "es" : "en";
        }
        return spanishLetters ? "es" : "en";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }
}
