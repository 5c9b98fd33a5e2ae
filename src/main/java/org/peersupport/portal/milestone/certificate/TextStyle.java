package org.peersupport.portal.milestone.certificate;

import java.awt.Color;

/** How a line of the certificate is set: face, size, colour and extra space between letters. */
record TextStyle(CertificateFonts.Face face, float size, Color color, float tracking) {

    TextStyle sized(float newSize) {
        return new TextStyle(face, newSize, color, tracking);
    }

    float leading() {
        return size * 1.28f;
    }
}
