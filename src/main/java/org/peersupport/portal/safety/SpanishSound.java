package org.peersupport.portal.safety;

/**
 * How a Spanish word sounds, for spellings by ear ("kiero" for "quiero", "suisidarme" for
 * "suicidarme", "aser" for "hacer", "boy" for "voy"): the letters that sound alike in Latin American
 * and most Spanish speech become one (qu/k/c before a, o, u → k; c before e, i / z / s → s;
 * v → b; ll → y; a silent h goes; a doubled letter counts once). Words of three letters or fewer
 * are left as they are: too many short words would sound alike.
 */
public final class SpanishSound {

    private SpanishSound() {
    }

    /** The sound key of one normalised word (lower case, no accents). */
    public static String of(String word) {
        if (word.length() <= 3) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            switch (c) {
                case 'q' -> {
                    out.append('k');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        out.append('X');
                        i++;
                    } else {
                        out.append(next == 'e' || next == 'i' ? 's' : 'k');
                    }
                }
                case 'z' -> out.append('s');
                case 'v' -> out.append('b');
                case 'h' -> {
                    // silent
                }
                case 'l' -> {
                    if (next == 'l') {
                        out.append('y');
                        i++;
                    } else {
                        out.append('l');
                    }
                }
                default -> out.append(c);
            }
            int last = out.length() - 1;
            if (last > 0 && out.charAt(last) == out.charAt(last - 1)) {
                out.setLength(last);
            }
        }
        return out.toString();
    }
}
