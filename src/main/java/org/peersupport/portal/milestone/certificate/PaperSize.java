package org.peersupport.portal.milestone.certificate;

import java.util.Locale;
import java.util.Set;

/** The paper a certificate is printed on, in PostScript points (1/72 inch), portrait. */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612, 792);

    /** Where US Letter is the usual paper (CLDR's paperSize data); everywhere else uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "BZ", "CL", "CO", "CR", "GT", "NI", "PA", "PR",
            "SV", "VE");

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** A locale without a country (plain "en" or "es") gets A4, the paper of most of the world. */
    public static PaperSize forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
