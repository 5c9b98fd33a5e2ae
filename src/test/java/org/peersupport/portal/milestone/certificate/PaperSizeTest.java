package org.peersupport.portal.milestone.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperSizeTest {

    @ParameterizedTest
    @CsvSource({"en-US, LETTER", "es-US, LETTER", "en-CA, LETTER", "fr-CA, LETTER", "es-MX, LETTER", "en-PH, LETTER", "es-CO, LETTER",
            "es-CL, LETTER", "en-GB, A4", "es-ES, A4", "es-AR, A4", "de-DE, A4", "en, A4", "es, A4"})
    void letterWhereItIsTheUsualPaperElseA4(String tag, PaperSize expected) {
        assertThat(PaperSize.forLocale(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"A4, 595.28, 841.89", "LETTER, 612, 792"})
    void portraitSizesInPoints(PaperSize paper, float width, float height) {
        assertThat(paper.width()).isEqualTo(width);
        assertThat(paper.height()).isEqualTo(height);
    }
}
