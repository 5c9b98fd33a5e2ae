package org.peersupport.portal.milestone.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's typefaces, DejaVu (src/main/resources/fonts/dejavu, with its licence), embedded
 * as subsets of only the letters printed. DejaVu covers Latin with every accent, Greek, Cyrillic,
 * Armenian, Georgian and Hebrew; a letter missing from a face (Hebrew in the serif) is taken from
 * DejaVu Sans, which has the most. What no face has (CJK, most Indic scripts, emoji) is printed as
 * its base letter when it has one ("ǅ" → "DŽ") and as U+FFFD "�" otherwise, never a failure:
 * {@link #unprintable} tells a page which letters of a name would come out that way. Right-to-left
 * text is put in visual order; Arabic is not joined (its letters print in their isolated forms).
 */
final class CertificateFonts {

    enum Face {
        SERIF("DejaVuSerif.ttf"),
        SANS("DejaVuSans.ttf"),
        SANS_BOLD("DejaVuSans-Bold.ttf"),
        MONO("DejaVuSansMono.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** A face's file and its Unicode map, read once: each document embeds its own subset from the bytes. */
    private record FontFile(byte[] bytes, CmapLookup cmap) {

        boolean covers(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    private static final String FOLDER = "/fonts/dejavu/";
    private static final Map<Face, FontFile> FILES = new EnumMap<>(Face.class);
    private static final String REPLACEMENT = "\uFFFD";

    static {
        for (Face face : Face.values()) {
            FILES.put(face, read(face.file));
        }
    }

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    CertificateFonts(PDDocument document) {
        this.document = document;
    }

    /**
     * The text as it can be printed: composed (NFC), each run of spaces or line breaks one space,
     * invisible format and control characters left out, and what no face shows replaced.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                out.append(covered(cp) ? Character.toString(cp) : substitute(cp));
            }
        });
        return out.toString().strip();
    }

    /** The distinct letters of a text that no embedded face can print, in order; empty when all print. */
    static String unprintable(String text) {
        StringBuilder missing = new StringBuilder();
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .filter(cp -> !covered(cp)).distinct().forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Width in points of a printable text in a face and size, with extra space between letters (tracking). */
    float width(String text, Face face, float size, float tracking) {
        try {
            float width = 0;
            for (Run run : runs(text, face)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
            return width + tracking * Math.max(0, text.codePointCount(0, text.length()) - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows one line of printable text with its left end at x on the baseline y; the colour is the stream's. */
    void show(PDPageContentStream stream, String text, Face face, float size, float tracking, float x, float y) throws IOException {
        stream.beginText();
        stream.setCharacterSpacing(tracking);
        stream.newLineAtOffset(x, y);
        for (Run run : runs(visualOrder(text), face)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    private record Run(PDType0Font font, String text) {}

    /** The text cut where the face changes: each letter from the face if it has it, else from DejaVu Sans. */
    private List<Run> runs(String text, Face face) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            Face letterFace = FILES.get(face).covers(cp) || Character.isWhitespace(cp) ? face : Face.SANS;
            if (currentFace != null && letterFace != currentFace) {
                runs.add(new Run(font(currentFace), current.toString()));
                current.setLength(0);
            }
            currentFace = letterFace;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (currentFace != null) {
            runs.add(new Run(font(currentFace), current.toString()));
        }
        return runs;
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            // Subset embedded; horizontal writing (the last flag would make it vertical).
            font = PDType0Font.load(document, new RandomAccessReadBuffer(FILES.get(face).bytes()), true, false);
            loaded.put(face, font);
        }
        return font;
    }

    /**
     * Right-to-left runs (Hebrew, Arabic) reversed into the order a page shows them, as PDF text is
     * drawn left to right; text extraction (and screen readers) turn them back into reading order.
     */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 0 ? run : mirroredReverse(run);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String mirroredReverse(String run) {
        StringBuilder reversed = new StringBuilder(run.length());
        run.codePoints().map(CertificateFonts::mirror).forEach(cp -> reversed.insert(0, Character.toChars(cp)));
        return reversed.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> cp;
        };
    }

    /** Every face falls back on DejaVu Sans, so a letter is printable when Sans has it. */
    private static boolean covered(int codePoint) {
        return FILES.get(Face.SANS).covers(codePoint);
    }

    private static String substitute(int codePoint) {
        StringBuilder base = new StringBuilder();
        Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD).codePoints()
                .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK && covered(part)).forEach(base::appendCodePoint);
        String nearest = base.toString().strip();
        return nearest.isEmpty() || nearest.equals(Character.toString(codePoint)) ? REPLACEMENT : nearest;
    }

    private static FontFile read(String file) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FOLDER + file + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                return new FontFile(bytes, font.getUnicodeCmapLookup());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }
}
