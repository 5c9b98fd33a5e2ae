package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.milestone.VerificationCode.Problem;

class VerificationCodeTest {

    @Test
    void aGeneratedCodeReadsBackInAnyOfTheWaysAPersonTypesIt() {
        String code = VerificationCode.generate();
        assertThat(code).hasSize(VerificationCode.LENGTH).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(VerificationCode.read(code).code()).isEqualTo(code);
        assertThat(VerificationCode.read(VerificationCode.grouped(code).toLowerCase()).code()).isEqualTo(code);
        assertThat(VerificationCode.read("  " + VerificationCode.grouped(code).replace('-', ' ') + " ").code()).isEqualTo(code);
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsTheDigits() {
        String code = codeWith('0', '1');
        String typed = code.replace('0', 'O').replace('1', 'l');
        assertThat(VerificationCode.read(typed).code()).isEqualTo(code);
    }

    @RepeatedTest(50)
    void everySingleWrongCharacterIsCaughtAsAMistype() {
        String code = VerificationCode.generate();
        for (int position = 0; position < code.length(); position++) {
            for (char other : VerificationCode.ALPHABET.toCharArray()) {
                if (other == code.charAt(position)) {
                    continue;
                }
                String wrong = code.substring(0, position) + other + code.substring(position + 1);
                assertThat(VerificationCode.read(wrong).problem()).as(wrong).isEqualTo(Problem.MISTYPED);
            }
        }
    }

    @Test
    void aCutOffCodeIsTooShortAndAnExtendedOneTooLong() {
        String code = VerificationCode.generate();
        assertThat(VerificationCode.read(code.substring(0, 12)).problem()).isEqualTo(Problem.TOO_SHORT);
        assertThat(VerificationCode.read(code + "7").problem()).isEqualTo(Problem.TOO_LONG);
        assertThat(VerificationCode.read("   ").problem()).isEqualTo(Problem.EMPTY);
        assertThat(VerificationCode.read(null).problem()).isEqualTo(Problem.EMPTY);
        assertThat(VerificationCode.read("<script>alert(1)</script>").problem()).isEqualTo(Problem.NOT_A_CODE);
        assertThat(VerificationCode.read("ÄBCD-EFGH").problem()).isEqualTo(Problem.NOT_A_CODE);
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(codes).hasSize(10_000);
        assertThat(seen).hasSize(VerificationCode.ALPHABET.length());
    }

    @Test
    void groupsOfFour() {
        assertThat(VerificationCode.grouped("ABCDEFGHJKMNPQRSTVWX")).isEqualTo("ABCD-EFGH-JKMN-PQRS-TVWX");
    }

    private static String codeWith(char a, char b) {
        while (true) {
            String code = VerificationCode.generate();
            if (code.indexOf(a) >= 0 && code.indexOf(b) >= 0) {
                return code;
            }
        }
    }
}
