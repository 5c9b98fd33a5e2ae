package org.peersupport.portal.milestone.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The verification URL as a QR code drawn in vector squares, so it stays crisp at any print
 * resolution. Error correction M survives a crease or a smudge; the symbol sits on white with the
 * quiet zone of four modules the standard asks for.
 */
final class VerificationQrCode {

    static final int QUIET_ZONE_MODULES = 4;

    private final ByteMatrix matrix;

    VerificationQrCode(String url) {
        try {
            // A URL in ASCII needs no ECI header, which some older readers do not understand.
            Map<EncodeHintType, ?> hints = StandardCharsets.US_ASCII.newEncoder().canEncode(url) ? Map.of()
                    : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
            matrix = Encoder.encode(url, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification URL does not fit in a QR code", e);
        }
    }

    /** Modules across the whole square, quiet zone included. */
    int modulesWithQuietZone() {
        return matrix.getWidth() + 2 * QUIET_ZONE_MODULES;
    }

    /** Draws the symbol and its quiet zone as a square of the given side with its lower left corner at (x, y). */
    void draw(PDPageContentStream stream, float x, float y, float side, Color ink) throws IOException {
        float module = side / modulesWithQuietZone();
        stream.setNonStrokingColor(Color.WHITE);
        stream.addRect(x, y, side, side);
        stream.fill();
        stream.setNonStrokingColor(ink);
        float top = y + side - QUIET_ZONE_MODULES * module;
        float left = x + QUIET_ZONE_MODULES * module;
        // One rectangle per run of dark modules in a row, all in one path filled once: no seams between squares.
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row) == 1) {
                    column++;
                }
                stream.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
    }
}
