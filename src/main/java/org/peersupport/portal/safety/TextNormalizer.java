package org.peersupport.portal.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns text into the words the safety rules are written in, so that case, accents and the usual
 * disguises do not hide a phrase, while every word still points back at what the writer typed.
 *
 * <ul>
 * <li>Lower case ({@link Locale#ROOT}), compatibility decomposition (NFKD: accents, and also
 * full-width letters and ligatures such as "ｋｉｌｌ" or "ﬁ") with the combining marks removed:
 * "MORÍR" → "morir", "ñ" → "n". Invisible format characters (zero-width space, soft hyphen) are
 * skipped without splitting the word, so "ki\u200Bll" is "kill".</li>
 * <li>Words are runs of letters and digits; everything else separates them. An apostrophe between
 * two letters or digits is dropped and the word goes on: "can't" → "cant", "don't" → "dont",
 * "I'd" → "id". Rules are normalised the same way, so a rule may be written either way. Hyphens
 * separate: "self-harm" is "self harm".</li>
 * <li>Leetspeak (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s) only in words that contain a letter,
 * and only where a digit plausibly stands for a letter: between letters ("k1ll", "n00b"), a single
 * digit ending a word ("di3") or a single digit opening a word of three or more letters
 * ("5uicide"). Numbers with units or ordinals stay as typed ("3am", "50mg", "2nd", "covid19");
 * words without letters stay digits ("555 1234"), and a lone "@" or "$" is dropped. A mention
 * "@maria" becomes "amaria", which is harmless: no rule names a member.</li>
 * <li>A word censored with stars or exclamation marks ("k*ll", "s*icide", "k!ll") is restored when it spells one of a few words
 * people censor when they write about suicide; other starred words are split at the star.</li>
 * <li>Three or more equal letters become two ("sooooo" → "soo"): no English or Spanish word has a
 * tripled letter, while many have a doubled one ("kill", "llorar"), so going down to one letter
 * would break them. The token is marked elongated and the matcher also compares it squeezed to
 * single letters, which finds "kiiiill" and "diiieee" without ever letting the ordinary word
 * "as" match a rule "ass".</li>
 * <li>Sentence and clause punctuation (. , ; : ! ? ¿ ¡ … dashes, brackets, line breaks) starts a
 * new clause number; phrases still match across it, negation and idioms do not.</li>
 * </ul>
 */
public final class TextNormalizer {

    /** Folded forms of the first code points (ASCII and Latin), worked out once. */
    private static final String[] FOLDED = new String[0x300];

    static {
        for (int cp = 0; cp < FOLDED.length; cp++) {
            FOLDED[cp] = foldSlowly(cp);
        }
    }

    private TextNormalizer() {
    }

    /** The words of a text, in order, with their offsets in the original. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder(24);
        int wordStart = -1;
        int wordEnd = -1;
        int clause = 0;
        int length = text.length();
        int i = 0;
        int uncensored;
        while (i < length) {
            char ascii = text.charAt(i);
            if (ascii < 0x80 && !isApostrophe(ascii)) {
                // the common case, without folding tables or Unicode lookups
                if (ascii >= 'a' && ascii <= 'z' || ascii >= '0' && ascii <= '9' || ascii == '@' || ascii == '$'
                        || ascii >= 'A' && ascii <= 'Z') {
                    if (word.length() == 0) {
                        wordStart = i;
                    }
                    word.append(ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + ('a' - 'A')) : ascii);
                    wordEnd = i + 1;
                } else if ((ascii == '*' || ascii == '!') && word.length() > 0 && (uncensored = uncensor(text, wordStart, word)) > 0) {
                    i = uncensored;
                    wordEnd = uncensored;
                    continue;
                } else {
                    if (word.length() > 0) {
                        addWord(tokens, word, wordStart, wordEnd, clause);
                    }
                    if (isClauseBreak(ascii)) {
                        clause++;
                    }
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isInvisible(cp)) {
                i = next;
                continue;
            }
            if (isApostrophe(cp) && word.length() > 0 && next < length
                    && Character.isLetterOrDigit(text.codePointAt(next))) {
                i = next; // "can't" → "cant": the word goes on
                continue;
            }
            String folded = fold(cp);
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isLetterOrDigit(c) || c == '@' || c == '$') {
                    if (word.length() == 0) {
                        wordStart = i;
                    }
                    word.append(c);
                    wordEnd = next;
                } else {
                    if (word.length() > 0) {
                        addWord(tokens, word, wordStart, wordEnd, clause);
                    }
                    if (isClauseBreak(c)) {
                        clause++;
                    }
                }
            }
            i = next;
        }
        if (word.length() > 0) {
            addWord(tokens, word, wordStart, wordEnd, clause);
        }
        return tokens;
    }

    /**
     * Words people censor with asterisks when they write about suicide ("k*ll", "s*icide",
     * "su*c*de"), so that platforms do not hide their post. Only these are restored: a starred
     * word that is none of them is split at the star as before.
     */
    private static final List<String> CENSORED = List.of("kill", "killing", "suicide", "suicidal", "die", "dying",
            "dead", "death", "myself", "cut", "cutting", "hang", "overdose", "matar", "matarme", "morir", "morirme",
            "suicidio", "suicidarme", "muerte", "muerto", "muerta", "cortarme");

    /**
     * When the letters and stars from {@code start} spell a censored word, puts it into
     * {@code word} and returns the offset after it; otherwise returns -1 and leaves {@code word}.
     */
    private static int uncensor(String text, int start, StringBuilder word) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) && text.charAt(end) < 0x80
                || text.charAt(end) == '*' || text.charAt(end) == '!')) {
            end++;
        }
        String starred = text.substring(start, end).toLowerCase(Locale.ROOT).replace('!', '*');
        for (String candidate : CENSORED) {
            if (candidate.length() == starred.length() && matchesStarred(starred, candidate)) {
                word.setLength(0);
                word.append(candidate);
                return end;
            }
        }
        return -1;
    }

    private static boolean matchesStarred(String starred, String candidate) {
        for (int k = 0; k < starred.length(); k++) {
            if (starred.charAt(k) != '*' && starred.charAt(k) != candidate.charAt(k)) {
                return false;
            }
        }
        return starred.indexOf('*') > 0;
    }

    /** The normalised words joined by single spaces: how a rule's phrase is compared. */
    public static String normalize(String text) {
        return tokens(text).stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /** Every run of equal letters reduced to one letter. */
    static String squeeze(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void addWord(List<Token> tokens, StringBuilder word, int start, int end, int clause) {
        boolean hasLetter = false;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                hasLetter = true;
                break;
            }
        }
        if (hasLetter) {
            unLeet(word);
        } else {
            for (int i = word.length() - 1; i >= 0; i--) {
                char c = word.charAt(i);
                if (c == '@' || c == '$') {
                    word.deleteCharAt(i);
                }
            }
        }
        boolean elongated = shortenRuns(word);
        if (word.length() > 0) {
            tokens.add(new Token(word.toString(), start, end, clause, elongated));
        }
        word.setLength(0);
    }

    /** Replaces the digits (and @, $) that stand for letters; see the class comment for which. */
    private static void unLeet(StringBuilder word) {
        int n = word.length();
        int i = 0;
        while (i < n) {
            char c = word.charAt(i);
            if (c == '@') {
                word.setCharAt(i, 'a');
                i++;
            } else if (c == '$') {
                word.setCharAt(i, 's');
                i++;
            } else if (Character.isDigit(c)) {
                int runEnd = i;
                while (runEnd < n && Character.isDigit(word.charAt(runEnd))) {
                    runEnd++;
                }
                int run = runEnd - i;
                boolean letterBefore = i > 0;
                boolean letterAfter = runEnd < n;
                boolean standsForLetters = letterBefore && letterAfter
                        || letterBefore && run == 1
                        || !letterBefore && run == 1 && n - runEnd >= 3;
                if (standsForLetters) {
                    for (int k = i; k < runEnd; k++) {
                        word.setCharAt(k, leet(word.charAt(k)));
                    }
                }
                i = runEnd;
            } else {
                i++;
            }
        }
    }

    private static char leet(char digit) {
        return switch (digit) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> digit;
        };
    }

    /** Three or more equal letters become two; true when that happened. */
    private static boolean shortenRuns(StringBuilder word) {
        boolean shortened = false;
        int out = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (out >= 2 && Character.isLetter(c) && word.charAt(out - 1) == c && word.charAt(out - 2) == c) {
                shortened = true;
                continue;
            }
            word.setCharAt(out++, c);
        }
        word.setLength(out);
        return shortened;
    }

    private static String fold(int cp) {
        return cp < FOLDED.length ? FOLDED[cp] : foldSlowly(cp);
    }

    private static String foldSlowly(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(Character.toLowerCase(cp))),
                Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case '.', ',', ';', ':', '!', '?', '\u00BF', '\u00A1', '\n', '\r', '\u2013', '\u2014', '(', ')', '[', ']' -> true;
            default -> false;
        };
    }
}
