package org.peersupport.portal.milestone.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Fits text to a width: shrinks it, wraps it into balanced lines, and as a last resort cuts it with "…". */
final class TextFitter {

    /** A URL may break after these. */
    private static final Pattern URL_BREAKS = Pattern.compile("(?<=[/?&=#.-])");

    private final CertificateFonts fonts;

    TextFitter(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The text at the largest size from the style's down to {@code oneLineSmallest} that fits one line,
     * else wrapped into at most {@code maxLines} balanced lines at the largest size down to
     * {@code smallest} that fits; else at the smallest size, cut with "…" after the last line.
     */
    TextBlock fit(String text, TextStyle style, float available, float oneLineSmallest, float smallest, int maxLines) {
        for (float size = style.size(); size >= oneLineSmallest; size -= 0.5f) {
            if (width(text, style.sized(size)) <= available) {
                return new TextBlock(List.of(text), style.sized(size));
            }
        }
        if (maxLines > 1) {
            for (float size = Math.min(style.size(), oneLineSmallest); size >= smallest; size -= 0.5f) {
                List<String> lines = wrap(text, style.sized(size), available);
                if (lines.size() <= maxLines) {
                    return new TextBlock(balanced(text, style.sized(size), available, lines.size()), style.sized(size));
                }
            }
        }
        TextStyle last = style.sized(smallest);
        return new TextBlock(truncated(wrap(text, last, available), last, available, maxLines), last);
    }

    /** A URL breaks after its slashes and separators, and is never shrunk below a readable size. */
    TextBlock fitUrl(String url, TextStyle style, float available, int maxLines) {
        List<String> lines = wrap(List.of(URL_BREAKS.split(url)), "", style, available);
        return new TextBlock(truncated(lines, style, available, maxLines), style);
    }

    /** The narrowest width that keeps the same number of lines, so a wrapped name does not end on a lone word. */
    private List<String> balanced(String text, TextStyle style, float available, int lineCount) {
        float low = available / lineCount;
        float high = available;
        while (high - low > 2) {
            float middle = (low + high) / 2;
            if (wrap(text, style, middle).size() <= lineCount) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return wrap(text, style, high);
    }

    private List<String> truncated(List<String> lines, TextStyle style, float available, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && width(last.strip() + "…", style) > available) {
            int space = last.lastIndexOf(' ');
            // Whole words go first; a line of one long word loses letters.
            last = space > 0 ? last.substring(0, space) : last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(maxLines - 1, last.strip() + "…");
        return kept;
    }

    /** Greedy wrapping between words; a word wider than the line is cut between letters. */
    private List<String> wrap(String text, TextStyle style, float available) {
        return wrap(List.of(text.split(" ")), " ", style, available);
    }

    /** Greedy wrapping of pieces put together with the joint; a piece wider than the line is cut between letters. */
    private List<String> wrap(List<String> pieces, String joint, TextStyle style, float available) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? piece : line + joint + piece;
            if (width(candidate, style) <= available) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = piece;
            while (width(rest, style) > available && rest.codePointCount(0, rest.length()) > 1) {
                int cut = rest.offsetByCodePoints(rest.length(), -1);
                while (cut > 0 && width(rest.substring(0, cut), style) > available) {
                    cut = rest.offsetByCodePoints(cut, -1);
                }
                cut = Math.max(cut, rest.offsetByCodePoints(0, 1));
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, TextStyle style) {
        return fonts.width(text, style.face(), style.size(), style.tracking());
    }
}
