package org.peersupport.portal.curriculum;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * A published curriculum version as printable handouts: a title page (title, audience,
 * description, the list of sessions), then each session on a page of its own with its topic,
 * psychoeducation, exercises and homework, wrapped to A4 with page numbers. The Markdown is
 * printed as plain text (lists keep their bullets). Helvetica in WinAnsiEncoding covers Latin-1,
 * enough for English and Spanish; any character it cannot show is replaced by its base letter
 * or left out, never a reason to fail.
 */
public final class HandoutPdf {

    /** The handout's words in the reader's language; {@code sessionNumber}, {@code version} and {@code page} are patterns. */
    public record Labels(Locale locale, String sessionNumber, String version, String audience, String sessions, String topic,
            String psychoeducation, String exercises, String homework, String page) {}

    /** What is printed: the version's details and its sessions in order. */
    public record Handout(String title, int versionNumber, String audience, String description, List<SessionContent> sessions) {

        public static Handout of(CurriculumVersion version) {
            return new Handout(version.getTitle(), version.getNumber(), version.getAudience(), version.getDescription(),
                    version.getSessions().stream().map(CurriculumVersionSession::content).toList());
        }
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 18;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BULLET_INDENT = 16;
    private static final Color INK = new Color(0x1f, 0x2a, 0x33);
    private static final Color BRAND = new Color(0x16, 0x4f, 0x56);
    private static final Color MUTED = new Color(0x4d, 0x5b, 0x66);

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    /** Letters and signs with no decomposition to a base letter, and what prints instead. */
    private static final Map<Integer, String> NEAREST = Map.of('Ł' + 0, "L", 'ł' + 0, "l", 'Đ' + 0, "D", 'đ' + 0, "d", 'ı' + 0, "i",
            '‐' + 0, "-", '‑' + 0, "-", '−' + 0, "-", '→' + 0, "->", '✓' + 0, "v");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*+•]|\\d{1,3}[.)])\\s+(.*)$");

    private HandoutPdf() {}

    public static byte[] render(Handout handout, Labels labels) {
        try (PDDocument document = new PDDocument()) {
            Writer writer = new Writer(document);
            writer.titlePage(handout, labels);
            for (int i = 0; i < handout.sessions().size(); i++) {
                writer.session(i + 1, handout.sessions().get(i), labels);
            }
            writer.finish(handout.title(), labels);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(writer.printable(handout.title()));
            info.setSubject(writer.printable(format(labels.version(), handout.versionNumber())));
            info.setCreator("Peer Support Portal");
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the handout", e);
        }
    }

    /** Markdown as the plain text a handout prints. */
    static String plainText(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : PLAIN_TEXT.render(MARKDOWN.parse(markdown)).strip();
    }

    private static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private record Style(PDFont font, float size, Color color) {
        float leading() {
            return size * 1.4f;
        }
    }

    /** Lays text out page by page; a page is opened when the first line needs one. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        private final Map<Integer, String> replacements = new HashMap<>();
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void titlePage(Handout handout, Labels labels) throws IOException {
            newPage();
            paragraph(handout.title(), new Style(bold, 24, INK), 0);
            gap(4);
            paragraph(format(labels.version(), handout.versionNumber()), new Style(regular, 11, MUTED), 0);
            gap(14);
            heading(labels.audience());
            paragraph(handout.audience(), new Style(regular, 11.5f, INK), 0);
            String description = plainText(handout.description());
            if (!description.isEmpty()) {
                gap(10);
                text(description, new Style(regular, 11.5f, INK));
            }
            gap(14);
            heading(labels.sessions());
            for (int i = 0; i < handout.sessions().size(); i++) {
                listItem((i + 1) + ".", handout.sessions().get(i).title(), new Style(regular, 11.5f, INK), 0);
            }
        }

        void session(int number, SessionContent session, Labels labels) throws IOException {
            newPage();
            paragraph(format(labels.sessionNumber(), number), new Style(bold, 10.5f, BRAND), 0);
            gap(2);
            paragraph(session.title(), new Style(bold, 19, INK), 0);
            gap(6);
            heading(labels.topic());
            paragraph(session.topic(), new Style(italic, 11.5f, INK), 0);
            section(labels.psychoeducation(), session.psychoeducation());
            section(labels.exercises(), session.exercises());
            section(labels.homework(), session.homework());
        }

        /** Page numbers and the title at the foot of every page, once the number of pages is known. */
        void finish(String title, Labels labels) throws IOException {
            closePage();
            int pages = document.getNumberOfPages();
            Style foot = new Style(regular, 8.5f, MUTED);
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = printable(format(labels.page(), i + 1, pages));
                    String name = fit(printable(title), foot, WIDTH - width(number, foot) - 24);
                    show(stream, name, foot, MARGIN, MARGIN - 4);
                    show(stream, number, foot, MARGIN + WIDTH - width(number, foot), MARGIN - 4);
                }
            }
        }

        private void section(String label, String markdown) throws IOException {
            String body = plainText(markdown);
            if (body.isEmpty()) {
                return;
            }
            gap(10);
            heading(label);
            text(body, new Style(regular, 11.5f, INK));
        }

        /** A heading is kept with the first lines after it: it moves to the next page rather than end one. */
        private void heading(String label) throws IOException {
            Style style = new Style(bold, 12.5f, BRAND);
            if (y - style.leading() - 3 * 11.5f * 1.4f < BOTTOM) {
                newPage();
            }
            paragraph(label, style, 0);
            gap(2);
        }

        /** Plain text of several paragraphs and list items, as {@link #plainText} gives it. */
        private void text(String text, Style style) throws IOException {
            boolean first = true;
            for (String line : text.split("\n", -1)) {
                if (line.isBlank()) {
                    if (!first) {
                        gap(style.size() * 0.5f);
                    }
                    continue;
                }
                first = false;
                Matcher item = LIST_ITEM.matcher(line);
                if (item.matches()) {
                    String marker = item.group(2).matches("[-*+•]") ? "•" : item.group(2);
                    listItem(marker, item.group(3), style, item.group(1).length() / 3 * BULLET_INDENT);
                } else {
                    paragraph(line.strip(), style, 0);
                }
            }
        }

        private void listItem(String marker, String text, Style style, float indent) throws IOException {
            float markerWidth = Math.max(BULLET_INDENT, width(printable(marker), style) + 6);
            List<String> lines = wrap(printable(text), style, WIDTH - indent - markerWidth);
            for (int i = 0; i < lines.size(); i++) {
                lineBreak(style);
                if (i == 0) {
                    show(content, printable(marker), style, MARGIN + indent, y);
                }
                show(content, lines.get(i), style, MARGIN + indent + markerWidth, y);
            }
        }

        private void paragraph(String text, Style style, float indent) throws IOException {
            for (String line : wrap(printable(text), style, WIDTH - indent)) {
                lineBreak(style);
                show(content, line, style, MARGIN + indent, y);
            }
        }

        /** Moves down one line, onto a new page when this one is full. */
        private void lineBreak(Style style) throws IOException {
            if (content == null || y - style.leading() < BOTTOM) {
                newPage();
            }
            y -= style.leading();
        }

        private void gap(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            closePage();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void closePage() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        /** Greedy wrapping on spaces; a word wider than the line is cut where it must be. */
        private List<String> wrap(String text, Style style, float available) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style) <= available) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, style) > available) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), style) > available) {
                        cut--;
                    }
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

        private String fit(String text, Style style, float available) throws IOException {
            if (width(text, style) <= available) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…", style) > available) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }

        private static float width(String text, Style style) throws IOException {
            return style.font().getStringWidth(text) / 1000 * style.size();
        }

        private static void show(PDPageContentStream stream, String text, Style style, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(style.font(), style.size());
            stream.setNonStrokingColor(style.color());
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        /**
         * The text with only what the fonts can show: each other character becomes its base letter
         * ("ő" → "o") when it has one the fonts know, a space when it is a kind of space, else nothing.
         */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> out.append(replacement(cp)));
            return out.toString();
        }

        private String replacement(int codePoint) {
            return replacements.computeIfAbsent(codePoint, cp -> {
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    return " ";
                }
                if (Character.isISOControl(cp)) {
                    return "";
                }
                String character = new String(Character.toChars(cp));
                if (encodable(character)) {
                    return character;
                }
                if (NEAREST.containsKey(cp)) {
                    return NEAREST.get(cp);
                }
                StringBuilder base = new StringBuilder();
                Normalizer.normalize(character, Normalizer.Form.NFKD).codePoints()
                        .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK)
                        .mapToObj(part -> new String(Character.toChars(part)))
                        .filter(this::encodable).forEach(base::append);
                return base.toString();
            });
        }

        private boolean encodable(String character) {
            try {
                regular.encode(character);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
