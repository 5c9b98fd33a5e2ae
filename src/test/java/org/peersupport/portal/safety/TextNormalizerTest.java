package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static List<String> words(String text) {
        return TextNormalizer.tokens(text).stream().map(Token::text).toList();
    }

    @Test
    void lowerCasesAndStripsAccents() {
        assertThat(words("QUIERO MORÍR, Ñandú Über")).containsExactly("quiero", "morir", "nandu", "uber");
        assertThat(words("morir\u0301")).as("a combining accent stays inside its word").containsExactly("morir");
    }

    @Test
    void everyTokenPointsBackAtWhatWasTyped() {
        String text = "¿Qué  tal?  K1LL";
        List<Token> tokens = TextNormalizer.tokens(text);
        assertThat(tokens).extracting(Token::text).containsExactly("que", "tal", "kill");
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end())).containsExactly("Qué", "tal", "K1LL");
    }

    @Test
    void apostrophesInsideWordsVanishAndQuotesSeparate() {
        assertThat(words("I can't, don’t, I'd")).containsExactly("i", "cant", "dont", "id");
        assertThat(words("she said 'hello'")).containsExactly("she", "said", "hello");
        assertThat(words("self-harm")).containsExactly("self", "harm");
    }

    @Test
    void leetspeakIsReadOnlyWhereADigitStandsForALetter() {
        assertThat(words("k1ll mys3lf")).containsExactly("kill", "myself");
        assertThat(words("su1c1d3 5uicide n00b h4te")).containsExactly("suicide", "suicide", "noob", "hate");
        assertThat(words("@ss a$$ cla$$ $uicide")).containsExactly("ass", "ass", "class", "suicide");
        assertThat(words("at 3am I took 50mg, my 2nd covid19 test, 1337"))
                .containsExactly("at", "3am", "i", "took", "50mg", "my", "2nd", "covid19", "test", "1337");
        assertThat(words("call 555-1234 or $50 @ noon")).containsExactly("call", "555", "1234", "or", "50", "noon");
    }

    @Test
    void longRunsOfALetterBecomeTwoAndDoubleLettersStay() {
        List<Token> tokens = TextNormalizer.tokens("sooooo kiiiill llorar kill");
        assertThat(tokens).extracting(Token::text).containsExactly("soo", "kiill", "llorar", "kill");
        assertThat(tokens).extracting(Token::elongated).containsExactly(true, true, false, false);
        assertThat(tokens.get(1).squeezed()).isEqualTo("kil");
    }

    @Test
    void disguisesWithInvisibleOrWideCharactersAreSeenThrough() {
        assertThat(words("ki\u200Bll my\u00ADself")).containsExactly("kill", "myself");
        assertThat(words("ＫＩＬＬ ﬁne")).containsExactly("kill", "fine");
    }

    @Test
    void clausePunctuationStartsANewClauseAndHyphensDoNot() {
        List<Token> tokens = TextNormalizer.tokens("no quiero, no. self-harm\nyes… ok");
        assertThat(tokens).extracting(Token::text).containsExactly("no", "quiero", "no", "self", "harm", "yes", "ok");
        int[] clauses = tokens.stream().mapToInt(Token::clause).toArray();
        assertThat(clauses[0]).isEqualTo(clauses[1]);
        assertThat(clauses[2]).isGreaterThan(clauses[1]);
        assertThat(clauses[3]).isGreaterThan(clauses[2]).isEqualTo(clauses[4]);
        assertThat(clauses[5]).isGreaterThan(clauses[4]);
        assertThat(clauses[6]).isGreaterThan(clauses[5]);
    }

    @Test
    void textWithoutWordsHasNoTokens() {
        assertThat(TextNormalizer.tokens("")).isEmpty();
        assertThat(TextNormalizer.tokens("?! … 🙂 $ @")).isEmpty();
        assertThat(TextNormalizer.normalize("  Don't   PANIC!! ")).isEqualTo("dont panic");
    }

    @Test
    void wordsCensoredWithStarsAreRestoredWhenTheySpellACrisisWord() {
        assertThat(TextNormalizer.normalize("wanna k*ll myself")).isEqualTo("wanna kill myself");
        assertThat(TextNormalizer.normalize("thinking abt s*icide again")).isEqualTo("thinking abt suicide again");
        assertThat(TextNormalizer.normalize("su*c*de")).isEqualTo("suicide");
        assertThat(TextNormalizer.tokens("I want to d*e.").get(3)).extracting(Token::start, Token::end).containsExactly(10, 13);
        assertThat(TextNormalizer.normalize("f*ck this")).as("not a crisis word: split as before").isEqualTo("f ck this");
        assertThat(TextNormalizer.normalize("5*3 = 15")).isEqualTo("5 3 15");
    }
}
