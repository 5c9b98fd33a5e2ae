package org.peersupport.portal.milestone.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The certificate read back: its text (PDFBox), its QR code (ZXing), its fonts, its page and its syntax (qpdf). */
class CertificatePdfTest {

    private static final String URL = "https://portal.peersupport.example/verify/K7QF-3M9X-TR2W-8HNP-C4VD";
    private static final String CODE = "K7QF-3M9X-TR2W-8HNP-C4VD";
    private static final Locale BRITISH = Locale.forLanguageTag("en-GB");
    private static final Locale SPAIN = Locale.forLanguageTag("es-ES");

    @Test
    void theTextHasTheAccentedNameTheMilestoneTheCodeAndTheEnglishWords() throws IOException {
        String text = text(render(content("José Ángel Muñoz-Ibáñez", "Completed a programme", BRITISH), PaperSize.A4));

        assertThat(text).contains("José Ángel Muñoz-Ibáñez", "Completed a programme", CODE, "Certificate of achievement",
                "This certificate is presented to", "for reaching the milestone", "Finished all eight sessions of Living with worry.",
                "4 December 2026", "Date awarded", "Issued by", "Peer Support Portal", "Verification code");
    }

    @Test
    void greekAndCyrillicNamesComeOutAsTypedInASpanishCertificate() throws IOException {
        String greek = text(render(content("Ελένη Παπαδοπούλου", "Programa completado", SPAIN), PaperSize.A4));
        String cyrillic = text(render(content("Анна Кузнецова-Щукина", "Diez sesiones de grupo", SPAIN), PaperSize.LETTER));

        assertThat(greek).contains("Ελένη Παπαδοπούλου", "Programa completado", CODE, "Certificado de logro", "Este certificado se otorga a",
                "por alcanzar el hito", "4 de diciembre de 2026", "Fecha de concesión", "Emitido por", "Código de verificación");
        assertThat(cyrillic).contains("Анна Кузнецова-Щукина", "Diez sesiones de grupo", CODE);
    }

    @Test
    void theDateFollowsTheLocaleAndAWordlessLanguageFallsBackToEnglishWithAnEnglishDate() throws IOException {
        assertThat(text(render(content("Sam Lee", "Mentorship concluded", Locale.US), PaperSize.LETTER))).contains("December 4, 2026");
        String german = text(render(content("Jürgen Groß", "Mentorship concluded", Locale.GERMANY), PaperSize.A4));
        assertThat(german).contains("Jürgen Groß", "Certificate of achievement", "December 4, 2026").doesNotContain("Dezember");
    }

    @Test
    void aNameByHandCarriesWhoAwardedIt() throws IOException {
        CertificateContent byHand = new CertificateContent("Noa Levi", "Welcomed newcomers", "", LocalDate.of(2026, 12, 4),
                "Peer Support Portal", URL, CODE, SPAIN, "Lucía (facilitadora)");

        assertThat(text(render(byHand, PaperSize.A4))).contains("Otorgado por Lucía (facilitadora)");
        assertThat(text(render(content("Noa Levi", "Welcomed newcomers", SPAIN), PaperSize.A4))).doesNotContain("Otorgado por");
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theQrCodeReadsBackAsTheVerificationUrl(PaperSize paper) throws Exception {
        assertThat(decodeQr(render(content("José Ángel Muñoz", "Completed a programme", BRITISH), paper))).isEqualTo(URL);
    }

    @Test
    void aLongVerificationUrlStillReadsBackAndIsDrawnWithoutImages() throws Exception {
        String longUrl = "https://support.example.org/portal/certificates/verify?code=" + "ABCDEFGHJKMNPQRSTVWXYZ23456789".repeat(3);
        byte[] pdf = render(new CertificateContent("Ana", "Completed a programme", "", LocalDate.of(2026, 1, 5), "Peer Support Portal",
                longUrl, "ABCD-EFGH", SPAIN), PaperSize.LETTER);

        assertThat(decodeQr(pdf)).isEqualTo(longUrl);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the QR code is vector squares, not a picture").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everyFontIsEmbeddedAndThePageIsTheAskedPaperInLandscape(PaperSize paper) throws IOException {
        byte[] pdf = render(content("Ελένη Noa כהן José", "Completed a programme", BRITISH), paper);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            float[] expected = paper == PaperSize.A4 ? new float[] {842, 595} : new float[] {792, 612};
            assertThat(box.getWidth()).as("landscape width").isCloseTo(expected[0], within(1f));
            assertThat(box.getHeight()).as("landscape height").isCloseTo(expected[1], within(1f));

            List<PDFont> fonts = fonts(document.getPage(0));
            assertThat(fonts).as("serif, sans, bold and mono faces").hasSizeGreaterThanOrEqualTo(4);
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).as(font.getName() + " font file")
                        .isNotNull();
            });
            assertThat(fonts).extracting(PDFont::getName).as("subsets of the shipped DejaVu faces")
                    .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVu.*"));
        }
    }

    @Test
    void qpdfFindsNothingWrongInShortLongAndMixedScriptCertificates(@TempDir Path folder) throws Exception {
        List<byte[]> pdfs = List.of(render(content("José Ángel Muñoz", "Completed a programme", BRITISH), PaperSize.A4),
                render(content("Ω".repeat(30) + " " + "Ж".repeat(90), "Ten sessions ".repeat(20), SPAIN), PaperSize.LETTER),
                render(content("Noa כהן 山田太郎 🙂 Łukasz", "Mentorship concluded", BRITISH), PaperSize.LETTER));
        for (int i = 0; i < pdfs.size(); i++) {
            Path file = folder.resolve("certificate-" + i + ".pdf");
            Files.write(file, pdfs.get(i));
            Process qpdf;
            try {
                qpdf = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new AssertionError("qpdf is needed to check the PDF: install the Debian package qpdf", e);
            }
            String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).as("qpdf finished").isTrue();
            assertThat(qpdf.exitValue()).as("qpdf --check of certificate %d:%n%s", i, report).isZero();
            assertThat(report).contains("No syntax or stream encoding errors found");
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aNameOfOneHundredTwentyLettersFitsWithinTheTextMarginsWithNoLetterLost(PaperSize paper) throws IOException {
        String unbroken = "W".repeat(120);
        byte[] pdf = render(content(unbroken, "Completed a programme", BRITISH), paper);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            List<TextPosition> glyphs = glyphs(document);
            List<TextPosition> name = glyphs.stream()
                    .filter(glyph -> glyph.getUnicode().equals("W") && glyph.getFont().getName().contains("DejaVuSerif")).toList();
            assertThat(name).as("every letter of the name is printed").hasSize(120);
            assertThat(name).allSatisfy(glyph -> {
                assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(CertificatePdf.TEXT_MARGIN - 0.5f);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(box.getWidth() - CertificatePdf.TEXT_MARGIN + 0.5f);
            });
            assertInsideTheFrame(glyphs, box);
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everythingLongAtOnceWrapsOrShrinksWithinTheFrameWithoutOneLineOverAnother(PaperSize paper) throws IOException {
        String name = "María de los Ángeles Guadalupe Fernández-Castellanos y Rodríguez de la Concepción Villanueva Ñúñez Oyarzábal Zubizarreta";
        assertThat(name).hasSize(120);
        String milestone = "Completed the eight-week programme Living with worry, practical skills for everyday anxiety ".repeat(4).strip();
        CertificateContent everythingLong = new CertificateContent(name, milestone, "A very long description of the milestone. ".repeat(12),
                LocalDate.of(2026, 9, 24), "Asociación de Apoyo entre Pares de la Comunidad de Madrid", URL, CODE, SPAIN,
                "Facilitadora Lucía Fernández-Castellanos");

        try (PDDocument document = Loader.loadPDF(render(everythingLong, paper))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).as("the name is wrapped, not cut").contains(name);
            assertThat(text).contains("Completed the eight-week programme Living with worry", "…", "Otorgado por Facilitadora Lucía",
                    CODE, "24 de septiembre de 2026").doesNotContain(milestone);
            List<TextPosition> glyphs = glyphs(document);
            assertInsideTheFrame(glyphs, document.getPage(0).getMediaBox());
            assertNoGlyphOverlapsAnotherLine(glyphs);
        }
    }

    @Test
    void lettersNoFontHasAreReplacedAndHebrewReadsInItsOwnOrder() throws IOException {
        String text = text(render(content("Noa כהן 山田 🙂 Łukasz", "Mentorship concluded", BRITISH), PaperSize.A4));

        assertThat(text).contains("Noa", "כהן", "Łukasz", "Mentorship concluded", CODE, "\uFFFD").doesNotContain("山", "🙂");
    }

    @Test
    void withoutAPaperSizeTheCountrysUsualPaperIsUsed() throws IOException {
        try (PDDocument mexican = Loader.loadPDF(CertificatePdf.render(content("Ana", "Programa completado", Locale.forLanguageTag("es-MX"))));
                PDDocument spanish = Loader.loadPDF(CertificatePdf.render(content("Ana", "Programa completado", SPAIN)))) {
            assertThat(mexican.getPage(0).getMediaBox().getWidth()).as("Letter, landscape").isCloseTo(792, within(1f));
            assertThat(spanish.getPage(0).getMediaBox().getWidth()).as("A4, landscape").isCloseTo(842, within(1f));
        }
    }

    @Test
    void aPageCanAskWhichLettersOfANameWouldNotPrint() {
        assertThat(CertificatePdf.unprintableLetters("Ελένη Анна José")).isEmpty();
        assertThat(CertificatePdf.unprintableLetters("Yamada 山田")).isEqualTo("山田");
    }

    @Test
    void theDocumentSaysItsTitleAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(content("Ana", "Programa completado", SPAIN), PaperSize.A4))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es-ES");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Certificado de logro: Programa completado");
        }
    }

    private static CertificateContent content(String name, String milestone, Locale locale) {
        return new CertificateContent(name, milestone, "Finished all eight sessions of Living with worry.", LocalDate.of(2026, 12, 4),
                "Peer Support Portal", URL, CODE, locale);
    }

    private static byte[] render(CertificateContent content, PaperSize paper) {
        return CertificatePdf.render(content, paper);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The page as a printer or a phone camera would see it, at 150 dpi, decoded by ZXing. */
    private static String decodeQr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                glyphs.addAll(positions);
                super.writeString(text, positions);
            }
        };
        collector.getText(document);
        return glyphs;
    }

    /** Glyphs on different baselines never share space, from ascent to descent: a shrunken or wrapped block does not run into the next. */
    private static void assertNoGlyphOverlapsAnotherLine(List<TextPosition> glyphs) {
        for (TextPosition a : glyphs) {
            for (TextPosition b : glyphs) {
                boolean sameLine = Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f;
                boolean acrossOverlap = a.getXDirAdj() < b.getXDirAdj() + b.getWidthDirAdj() && b.getXDirAdj() < a.getXDirAdj() + a.getWidthDirAdj();
                boolean upDownOverlap = top(a) < bottom(b) && top(b) < bottom(a);
                assertThat(!sameLine && acrossOverlap && upDownOverlap).as("%s over %s", a, b).isFalse();
            }
        }
    }

    /** The font's ascent above the baseline (y grows downwards here). */
    private static float top(TextPosition glyph) {
        return glyph.getYDirAdj() - glyph.getFont().getFontDescriptor().getAscent() / 1000 * glyph.getFontSizeInPt();
    }

    private static float bottom(TextPosition glyph) {
        return glyph.getYDirAdj() - glyph.getFont().getFontDescriptor().getDescent() / 1000 * glyph.getFontSizeInPt();
    }

    /** Every glyph lies inside the inner frame, so nothing touches the rules or the part of the page a printer cannot reach. */
    private static void assertInsideTheFrame(List<TextPosition> glyphs, PDRectangle box) {
        float frame = CertificatePdf.PRINT_MARGIN + 6;
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).as("left of %s", glyph).isGreaterThanOrEqualTo(frame);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as("right of %s", glyph).isLessThanOrEqualTo(box.getWidth() - frame);
            assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).as("top of %s", glyph).isGreaterThanOrEqualTo(frame);
            assertThat(glyph.getYDirAdj()).as("baseline of %s", glyph).isLessThanOrEqualTo(box.getHeight() - frame);
        });
    }
}
