package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishSoundTest {

    @Test
    void spellingsByEarSoundTheSame() {
        assertThat(SpanishSound.of("kiero")).isEqualTo(SpanishSound.of("quiero"));
        assertThat(SpanishSound.of("suisidarme")).isEqualTo(SpanishSound.of("suicidarme"));
        assertThat(SpanishSound.of("aserme")).isEqualTo(SpanishSound.of("hacerme"));
        assertThat(SpanishSound.of("bibir")).isEqualTo(SpanishSound.of("vivir"));
        assertThat(SpanishSound.of("yorar")).isEqualTo(SpanishSound.of("llorar"));
        assertThat(SpanishSound.of("noche")).isEqualTo(SpanishSound.of("nohche"));
    }

    @Test
    void differentSoundsStayApartAndShortWordsAreLeftAlone() {
        assertThat(SpanishSound.of("matar")).isNotEqualTo(SpanishSound.of("mirar"));
        assertThat(SpanishSound.of("casa")).isNotEqualTo(SpanishSound.of("cosa"));
        assertThat(SpanishSound.of("voy")).isEqualTo("voy");
        assertThat(SpanishSound.of("ya")).isEqualTo("ya");
    }
}
