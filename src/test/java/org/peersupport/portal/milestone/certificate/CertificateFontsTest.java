package org.peersupport.portal.milestone.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateFontsTest {

    @Test
    void lettersOfLatinGreekCyrillicAndHebrewArePrintableAndCjkAndEmojiAreNamed() {
        assertThat(CertificateFonts.unprintable("José Łukasz Ελένη Анна Գայանե ნინო כהן")).isEmpty();
        assertThat(CertificateFonts.unprintable("Noa 山田太郎 🙂 山")).isEqualTo("山田太郎🙂");
    }

    @Test
    void printableTextIsComposedWithOneSpaceAndNoInvisibleCharacters() {
        assertThat(CertificateFonts.printable("  Jose\u0301\t\n Mun\u0303oz\u200B\u0007 ")).isEqualTo("José Muñoz");
        assertThat(CertificateFonts.printable("Yamada 山田")).isEqualTo("Yamada \uFFFD\uFFFD");
        assertThat(CertificateFonts.printable(null)).isEmpty();
    }

    @Test
    void rightToLeftRunsAreDrawnInVisualOrderWithMirroredBrackets() {
        assertThat(CertificateFonts.visualOrder("Noa Levi")).isEqualTo("Noa Levi");
        assertThat(CertificateFonts.visualOrder("Noa כהן")).isEqualTo("Noa ןהכ");
        assertThat(CertificateFonts.visualOrder("(כהן)")).isEqualTo("(ןהכ)");
    }
}
