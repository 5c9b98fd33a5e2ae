package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmerTest {

    @Test
    void englishPluralsAndVerbFormsShareAStem() {
        assertThat(Stemmer.ENGLISH.stem("pills")).isEqualTo(Stemmer.ENGLISH.stem("pill"));
        assertThat(Stemmer.ENGLISH.stem("wanted")).isEqualTo(Stemmer.ENGLISH.stem("want"));
        assertThat(Stemmer.ENGLISH.stem("tablets")).isEqualTo(Stemmer.ENGLISH.stem("tablet"));
    }

    @Test
    void spanishVerbFormsAndCliticsShareAStem() {
        assertThat(Stemmer.SPANISH.stem("pastillas")).isEqualTo(Stemmer.SPANISH.stem("pastilla"));
        assertThat(Stemmer.SPANISH.stem("suicidarme")).isEqualTo(Stemmer.SPANISH.stem("suicidar"));
        assertThat(Stemmer.SPANISH.stem("quiere")).isEqualTo(Stemmer.SPANISH.stem("quiero"));
        assertThat(Stemmer.SPANISH.stem("matarme")).isEqualTo(Stemmer.SPANISH.stem("matar"));
    }

    @Test
    void onlyTheTwoLanguagesWithAStemmerAreKnown() {
        assertThat(Stemmer.forLanguage("en")).isSameAs(Stemmer.ENGLISH);
        assertThat(Stemmer.forLanguage("es")).isSameAs(Stemmer.SPANISH);
        assertThat(Stemmer.forLanguage("fr")).isNull();
    }
}
