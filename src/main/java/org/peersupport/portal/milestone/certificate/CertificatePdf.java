package org.peersupport.portal.milestone.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.peersupport.portal.milestone.certificate.CertificateFonts.Face;
import org.peersupport.portal.shared.web.Bundle;

/**
 * A milestone certificate as a one-page PDF in landscape, laid out for A4 or US Letter. Nothing is
 * printed within {@link #PRINT_MARGIN} of an edge, more than the unprintable border of office and
 * home printers, and the page stays white so no printer has to reach the edge. Names that are too
 * long for a line shrink, then wrap; what still does not fit is cut with "…", never off the page.
 * Words come from the bundle in the certificate's language, the date in its locale's long form.
 */
public final class CertificatePdf {

    /** Nothing is drawn nearer an edge than this (printers keep about a quarter to half an inch). */
    static final float PRINT_MARGIN = 40;
    /** Text keeps this far from the left and right edges. */
    static final float TEXT_MARGIN = 92;

    private static final Color INK = new Color(0x1f, 0x2a, 0x33);
    private static final Color MUTED = new Color(0x4d, 0x5b, 0x66);
    private static final Color BRAND = new Color(0x1f, 0x6f, 0x78);
    private static final Color BRAND_DARK = new Color(0x16, 0x4f, 0x56);
    private static final Color LINE = new Color(0xd9, 0xe1, 0xe4);

    private static final float FRAME_GAP = 5;
    private static final float QR_SIDE = 100;
    private static final float FOOT_COLUMN = 150;
    private static final float FOOT_GAP = 26;
    private static final float VERIFY_WIDTH = 196;
    private static final float FOOT_TOP = 172;
    /** The body starts this far below the top margin, under the heading's ornament. */
    private static final float BODY_TOP = 132;

    private CertificatePdf() {}

    /**
     * The letters of a name that the certificate cannot print (they would come out as "�"), empty when
     * all print: for the page where a member chooses the name for certificates, to warn before the download.
     */
    public static String unprintableLetters(String name) {
        return CertificateFonts.unprintable(name);
    }

    /** On the usual paper of the certificate's country. */
    public static byte[] render(CertificateContent content) {
        return render(content, PaperSize.forLocale(content.locale()));
    }

    public static byte[] render(CertificateContent content, PaperSize paper) {
        try (PDDocument document = new PDDocument()) {
            PDRectangle size = new PDRectangle(paper.height(), paper.width());
            PDPage page = new PDPage(size);
            document.addPage(page);
            Words words = new Words(content.locale());
            CertificateFonts fonts = new CertificateFonts(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                new Layout(stream, fonts, size.getWidth(), size.getHeight()).draw(content, words);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.title + ": " + CertificateFonts.printable(content.milestoneName()));
            info.setAuthor(CertificateFonts.printable(content.issuerName()));
            info.setCreator("Peer Support Portal");
            document.getDocumentCatalog().setLanguage(content.locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the certificate", e);
        }
    }

    /** The certificate's words in its language (the bundle's); the date in the certificate's locale when the bundle speaks it. */
    private static final class Words {
        final String title;
        final String presentedTo;
        final String forMilestone;
        final String date;
        final String issuedBy;
        final String verifyAt;
        final String code;
        final Locale dateLocale;

        Words(Locale locale) {
            title = Bundle.text(locale, "certificate.pdf.title");
            presentedTo = Bundle.text(locale, "certificate.pdf.presentedTo");
            forMilestone = Bundle.text(locale, "certificate.pdf.forMilestone");
            date = Bundle.text(locale, "certificate.pdf.date");
            issuedBy = Bundle.text(locale, "certificate.pdf.issuedBy");
            verifyAt = Bundle.text(locale, "certificate.pdf.verifyAt");
            code = Bundle.text(locale, "certificate.pdf.code");
            String spoken = ResourceBundle.getBundle(Bundle.NAME, locale).getLocale().getLanguage();
            String language = spoken.isEmpty() ? "en" : spoken; // the base bundle is English
            dateLocale = language.equals(locale.getLanguage()) ? locale : Locale.forLanguageTag(language);
        }
    }

    private static final class Layout {

        private final PDPageContentStream stream;
        private final CertificateFonts fonts;
        private final TextFitter fitter;
        private final float width;
        private final float height;

        Layout(PDPageContentStream stream, CertificateFonts fonts, float width, float height) {
            this.stream = stream;
            this.fonts = fonts;
            this.fitter = new TextFitter(fonts);
            this.width = width;
            this.height = height;
        }

        void draw(CertificateContent content, Words words) throws IOException {
            frame();
            heading(CertificateFonts.printable(content.issuerName()).toUpperCase(content.locale()), words.title);
            body(content, words);
            foot(content, words);
        }

        /** A double rule: a firm outer line and a fine inner one, inside the printable area. */
        private void frame() throws IOException {
            float outerLine = 1.6f;
            float outer = PRINT_MARGIN + outerLine / 2; // the stroke's outer edge on the margin
            stream.setStrokingColor(BRAND_DARK);
            stream.setLineWidth(outerLine);
            stream.addRect(outer, outer, width - 2 * outer, height - 2 * outer);
            stream.stroke();
            float inset = outer + FRAME_GAP;
            stream.setStrokingColor(BRAND);
            stream.setLineWidth(0.5f);
            stream.addRect(inset, inset, width - 2 * inset, height - 2 * inset);
            stream.stroke();
            stream.setNonStrokingColor(BRAND_DARK);
            for (float x : new float[] {inset, width - inset}) {
                for (float y : new float[] {inset, height - inset}) {
                    diamond(x, y, FRAME_GAP - 0.5f);
                }
            }
        }

        private void diamond(float x, float y, float radius) throws IOException {
            stream.moveTo(x, y + radius);
            stream.lineTo(x + radius, y);
            stream.lineTo(x, y - radius);
            stream.lineTo(x - radius, y);
            stream.closePath();
            stream.fill();
        }

        private void heading(String issuer, String title) throws IOException {
            float textWidth = width - 2 * TEXT_MARGIN;
            TextStyle issuerStyle = new TextStyle(Face.SANS_BOLD, 10, BRAND_DARK, 1.6f);
            TextBlock issuerLine = fitter.fit(issuer, issuerStyle, textWidth - 80, 7, 7, 1);
            float y = height - PRINT_MARGIN - 44;
            float issuerWidth = centred(issuerLine.lines().get(0), issuerLine.style(), y);
            stream.setStrokingColor(BRAND);
            stream.setLineWidth(0.6f);
            float ruleY = y + issuerLine.style().size() * 0.35f;
            stream.moveTo(width / 2 - issuerWidth / 2 - 36, ruleY);
            stream.lineTo(width / 2 - issuerWidth / 2 - 12, ruleY);
            stream.moveTo(width / 2 + issuerWidth / 2 + 12, ruleY);
            stream.lineTo(width / 2 + issuerWidth / 2 + 36, ruleY);
            stream.stroke();

            TextBlock titleLine = fitter.fit(CertificateFonts.printable(title), new TextStyle(Face.SERIF, 34, INK, 0.4f), textWidth, 20, 20, 1);
            y -= 50;
            centred(titleLine.lines().get(0), titleLine.style(), y);
            ornament(y - 24);
        }

        /** Two fine rules with a small diamond between them. */
        private void ornament(float y) throws IOException {
            stream.setStrokingColor(BRAND);
            stream.setLineWidth(0.6f);
            stream.moveTo(width / 2 - 70, y);
            stream.lineTo(width / 2 - 9, y);
            stream.moveTo(width / 2 + 9, y);
            stream.lineTo(width / 2 + 70, y);
            stream.stroke();
            stream.setNonStrokingColor(BRAND);
            diamond(width / 2, y, 4);
        }

        /**
         * The recipient and the milestone, centred between the heading and the foot. At their longest (a name in
         * three lines, the milestone in two, the description in two, who awarded it) they take 244 pt of the 251
         * that A4 leaves them.
         */
        private void body(CertificateContent content, Words words) throws IOException {
            float top = height - PRINT_MARGIN - BODY_TOP;
            List<TextBlock> blocks = bodyBlocks(content, words);
            float y = (top + FOOT_TOP) / 2 + height(blocks) / 2;
            for (TextBlock block : blocks) {
                y -= block.gapBefore();
                for (String line : block.lines()) {
                    y -= block.style().leading();
                    centred(line, block.style(), y + block.style().leading() - block.style().size());
                }
            }
        }

        private List<TextBlock> bodyBlocks(CertificateContent content, Words words) {
            float textWidth = width - 2 * TEXT_MARGIN;
            TextStyle label = new TextStyle(Face.SANS, 12, MUTED, 0.2f);
            List<TextBlock> blocks = new ArrayList<>();
            blocks.add(fitter.fit(CertificateFonts.printable(words.presentedTo), label, textWidth, 9, 9, 2));
            TextStyle name = new TextStyle(Face.SERIF, 36, INK, 0);
            blocks.add(fitter.fit(CertificateFonts.printable(content.recipientName()), name, textWidth, 24, 12, 3)
                    .after(10));
            blocks.add(fitter.fit(CertificateFonts.printable(words.forMilestone), label, textWidth, 9, 9, 2).after(16));
            TextStyle milestone = new TextStyle(Face.SANS_BOLD, 20, BRAND_DARK, 0);
            blocks.add(fitter.fit(CertificateFonts.printable(content.milestoneName()), milestone, textWidth, 15, 11, 2).after(6));
            String description = CertificateFonts.printable(content.milestoneDescription());
            if (!description.isEmpty()) {
                blocks.add(fitter.fit(description, new TextStyle(Face.SANS, 10.5f, MUTED, 0), textWidth - 60, 10.5f, 9, 2).after(4));
            }
            if (content.awardedByName() != null) {
                String awardedBy = Bundle.text(content.locale(), "certificate.pdf.awardedBy", CertificateFonts.printable(content.awardedByName()));
                blocks.add(fitter.fit(awardedBy, new TextStyle(Face.SANS, 10, MUTED, 0), textWidth - 60, 10, 8, 1).after(8));
            }
            return blocks;
        }

        private static float height(List<TextBlock> blocks) {
            return (float) blocks.stream().mapToDouble(block -> block.gapBefore() + block.height()).sum();
        }

        /** The date and the issuer over fine rules on the left; the QR code with the URL and the code on the right. */
        private void foot(CertificateContent content, Words words) throws IOException {
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.dateLocale).format(content.awardedOn());
            String issuer = CertificateFonts.printable(content.issuerName());
            // Both values in one size: the larger one decides it.
            TextStyle valueStyle = new TextStyle(Face.SERIF, 13, INK, 0);
            float valueSize = Math.min(fitter.fit(date, valueStyle, FOOT_COLUMN, 9, 8, 2).style().size(),
                    fitter.fit(issuer, valueStyle, FOOT_COLUMN, 9, 8, 2).style().size());
            float ruleY = PRINT_MARGIN + 56;
            signatureColumn(TEXT_MARGIN, ruleY, date, valueStyle.sized(valueSize), words.date);
            signatureColumn(TEXT_MARGIN + FOOT_COLUMN + FOOT_GAP, ruleY, issuer, valueStyle.sized(valueSize), words.issuedBy);

            float qrX = width - PRINT_MARGIN - FRAME_GAP - 10 - QR_SIDE;
            float qrY = PRINT_MARGIN + FRAME_GAP + 10;
            VerificationQrCode qr = new VerificationQrCode(content.verificationUrl());
            qr.draw(stream, qrX, qrY, QR_SIDE, INK);

            TextStyle small = new TextStyle(Face.SANS, 8.5f, MUTED, 0.1f);
            TextBlock verifyAt = fitter.fit(CertificateFonts.printable(words.verifyAt), small, VERIFY_WIDTH, 7, 7, 2);
            TextBlock url = fitter.fitUrl(content.verificationUrl().strip(), new TextStyle(Face.SANS, 8.5f, BRAND_DARK, 0), VERIFY_WIDTH, 3);
            TextBlock codeLabel = fitter.fit(CertificateFonts.printable(words.code), small, VERIFY_WIDTH, 7, 7, 1);
            TextBlock code = fitter.fit(CertificateFonts.printable(content.verificationCode()), new TextStyle(Face.MONO, 11.5f, INK, 0.3f), VERIFY_WIDTH, 7,
                    7, 2);
            List<TextBlock> blocks = List.of(verifyAt, url, codeLabel, code);
            float blockWidth = 0;
            for (TextBlock block : blocks) {
                for (String line : block.lines()) {
                    blockWidth = Math.max(blockWidth, fonts.width(line, block.style().face(), block.style().size(), block.style().tracking()));
                }
            }
            float module = QR_SIDE / qr.modulesWithQuietZone();
            float x = qrX + module * 2 - blockWidth - 8;
            float y = qrY + QR_SIDE - module * VerificationQrCode.QUIET_ZONE_MODULES;
            for (TextBlock block : blocks) {
                if (block == codeLabel) {
                    y -= 7;
                }
                for (String line : block.lines()) {
                    y -= block.style().leading();
                    show(line, block.style(), x, y + block.style().leading() - block.style().size());
                }
            }
        }

        /** A value over a fine rule with its label under it, like a signature line. */
        private void signatureColumn(float x, float ruleY, String value, TextStyle valueStyle, String label) throws IOException {
            stream.setStrokingColor(LINE);
            stream.setLineWidth(0.8f);
            stream.moveTo(x, ruleY);
            stream.lineTo(x + FOOT_COLUMN, ruleY);
            stream.stroke();
            TextBlock values = fitter.fit(value, valueStyle, FOOT_COLUMN, Math.min(valueStyle.size(), 9), 8, 2);
            float y = ruleY + 7 + (values.lines().size() - 1) * values.style().leading();
            for (String line : values.lines()) {
                show(line, values.style(), x, y);
                y -= values.style().leading();
            }
            TextBlock labels = fitter.fit(CertificateFonts.printable(label), new TextStyle(Face.SANS, 8.5f, MUTED, 0.3f), FOOT_COLUMN, 7, 7, 1);
            show(labels.lines().get(0), labels.style(), x, ruleY - 13);
        }

        private float centred(String line, TextStyle style, float y) throws IOException {
            float lineWidth = fonts.width(line, style.face(), style.size(), style.tracking());
            show(line, style, width / 2 - lineWidth / 2, y);
            return lineWidth;
        }

        private void show(String line, TextStyle style, float x, float y) throws IOException {
            stream.setNonStrokingColor(style.color());
            fonts.show(stream, line, style.face(), style.size(), style.tracking(), x, y);
        }
    }
}
