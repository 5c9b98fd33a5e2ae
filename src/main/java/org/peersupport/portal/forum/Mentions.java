package org.peersupport.portal.forum;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The display names a post may mention with '@'. Names can hold spaces ("@Quiet Harbor"), so each
 * mention gives the following one, two and three words as candidates; the caller keeps those that
 * are real accounts.
 */
public final class Mentions {

    static final int MAX_CANDIDATES = 30;
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 40;
    private static final int MAX_WORDS = 3;

    // No extensions: only Text nodes are read, so code spans, code blocks and raw HTML are skipped.
    private static final Parser PARSER = Parser.builder().build();

    private Mentions() {}

    public static Set<String> candidates(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        if (markdown == null || markdown.isBlank()) {
            return found;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                collect(text.getLiteral(), found);
            }
        });
        return found;
    }

    private static void collect(String text, Set<String> found) {
        for (int at = text.indexOf('@'); at >= 0 && found.size() < MAX_CANDIDATES; at = text.indexOf('@', at + 1)) {
            if (at > 0 && continuesAddress(text.codePointBefore(at))) {
                continue; // a@b.org is an e-mail address, not a mention
            }
            int end = at + 1;
            for (int words = 0; words < MAX_WORDS; words++) {
                int wordEnd = endOfWord(text, end);
                if (wordEnd == end) {
                    break;
                }
                add(text.substring(at + 1, wordEnd), found);
                // Words of one name are joined by exactly one space.
                if (wordEnd + 1 >= text.length() || text.charAt(wordEnd) != ' '
                        || !isNameChar(text.codePointAt(wordEnd + 1))) {
                    break;
                }
                end = wordEnd + 1;
            }
        }
    }

    private static void add(String candidate, Set<String> found) {
        String name = stripTrailingPunctuation(candidate);
        int length = name.codePointCount(0, name.length());
        if (length >= MIN_LENGTH && length <= MAX_LENGTH && found.size() < MAX_CANDIDATES) {
            found.add(name.toLowerCase(Locale.ROOT));
        }
    }

    private static int endOfWord(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isNameChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    // "@Sam." ends a sentence: the dot is not part of the name.
    private static String stripTrailingPunctuation(String candidate) {
        int end = candidate.length();
        while (end > 0 && ",.!?:;".indexOf(candidate.charAt(end - 1)) >= 0) {
            end--;
        }
        return candidate.substring(0, end);
    }

    private static boolean isNameChar(int cp) {
        int type = Character.getType(cp);
        // Marks too: many scripts (Devanagari, Thai, ...) need them inside a word.
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '.' || cp == '-' || cp == '_';
    }

    /** Characters that, just before an '@', make it part of an e-mail address. */
    private static boolean continuesAddress(int cp) {
        return isNameChar(cp) || cp == '+' || cp == '%' || cp == '@';
    }
}
