package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "river.stone@example.org";
    private static final String NAME = "Quiet Harbor";

    private final PasswordPolicy policy = PasswordPolicy.standard();

    private Optional<PasswordProblem> check(String password) {
        return policy.problemWith(password, EMAIL, NAME);
    }

    @Test
    void theShippedListIsLoadedAndLarge() {
        assertThat(CommonPasswords.shipped().size()).isGreaterThan(40_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password 1234", "qwertyuiop123", "1234567890qwerty", "passwordpassword"})
    void commonAndLeakedPasswordsAreRefusedWhateverTheirCase(String password) {
        assertThat(check(password)).isPresent();
    }

    @Test
    void passwordOneTwoThreeFourIsRefusedAsCommon() {
        assertThat(check("password1234")).contains(PasswordProblem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "AAAAAAAAAAAAAAAA", "abcabcabcabc", "xyzxyzxyzxyzx", "hello hello hello", "😀😀😀😀😀😀😀😀😀😀😀😀"})
    void oneCharacterOrAShortUnitRepeatedIsRefused(String password) {
        assertThat(check(password)).contains(PasswordProblem.REPEATS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiopasdf", "QWERTYUIOPASDFG", "abcdefghijklmn", "zyxwvutsrqponm", "123456789012", "fdsapoiuytrewq", "1qaz2wsx3edc4rfv"})
    void runsAlongTheAlphabetDigitsOrKeyboardAreRefused(String password) {
        assertThat(check(password)).contains(PasswordProblem.SEQUENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my river.stone@example.org pw", "River.Stone is my name!", "xx RIVER.STONE yy zz"})
    void theEmailAddressOrItsLocalPartIsRefused(String password) {
        assertThat(check(password)).contains(PasswordProblem.CONTAINS_EMAIL);
    }

    @Test
    void aShortLocalPartIsNotAReasonToRefuse() {
        assertThat(policy.problemWith("tin roof rusted quietly", "tin@example.org", null)).isEmpty();
        assertThat(policy.problemWith("anna roof rusted quietly", "anna@example.org", null)).contains(PasswordProblem.CONTAINS_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quietharbor2026!", "QUIET HARBOR and more", "my quiet  harbor is calm"})
    void theDisplayNameIsRefusedIgnoringCaseAndSpaces(String password) {
        assertThat(check(password)).contains(PasswordProblem.CONTAINS_DISPLAY_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void fewerThanTwelveCharactersAreTooShort(String password) {
        assertThat(check(password)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void lengthCountsCodePointsAfterNfkc() {
        // Eleven emoji are 22 UTF-16 units but 11 characters: too short.
        assertThat(check("🌊🌲🔥🌙⭐🍀🌈🍄🐚🦋🐢")).contains(PasswordProblem.TOO_SHORT);
        // Twelve different emoji are accepted; any characters are allowed.
        assertThat(check("🌊🌲🔥🌙⭐🍀🌈🍄🐚🦋🐢🌵")).isEmpty();
        // 128 emoji (256 UTF-16 units) fit; 129 do not.
        String emoji = IntStream.range(0, 129).mapToObj(i -> Character.toString(0x1F600 + i % 64 * (i % 3 + 1) % 80))
                .reduce("", String::concat);
        assertThat(policy.problemWith(emoji.substring(0, emoji.offsetByCodePoints(0, 128)), null, null)).isNotIn(
                Optional.of(PasswordProblem.TOO_LONG), Optional.of(PasswordProblem.TOO_SHORT));
        assertThat(policy.problemWith(emoji, null, null)).contains(PasswordProblem.TOO_LONG);
        // NFKC: a compatibility ligature counts as the letters it stands for.
        assertThat(check("ﬁ".repeat(6))).contains(PasswordProblem.REPEATS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Río Sereno bajo la luna", "tea kettle on the 3rd floor",
        "mañana será otro día", "长城在雨中很安静的早晨里", "ballpoint-lantern-orbit"})
    void ordinaryPassphrasesAreAccepted(String password) {
        assertThat(check(password)).isEmpty();
    }

    @Test
    void oneHundredTwentyEightCharactersAreAcceptedAndMoreAreNot() {
        String words = "violet ferry under a slow moon ";
        String long128 = words.repeat(5).substring(0, 128);
        assertThat(policy.problemWith(long128, null, null)).isNotIn(Optional.of(PasswordProblem.TOO_LONG));
        assertThat(policy.problemWith(long128 + "x", null, null)).contains(PasswordProblem.TOO_LONG);
    }

    static Stream<Arguments> personalData() {
        return Stream.of(Arguments.of(null, null), Arguments.of("", ""), Arguments.of("x@y", "ab"));
    }

    @ParameterizedTest
    @MethodSource("personalData")
    void missingOrShortPersonalDataIsNotChecked(String email, String name) {
        assertThat(policy.problemWith("ballpoint-lantern-orbit", email, name)).isEmpty();
    }

    /** Property: any password that contains the local part (4+ characters) is refused, wherever it stands. */
    @Test
    void anyPasswordContainingTheLocalPartIsRefused() {
        Random random = new Random(19);
        for (int i = 0; i < 500; i++) {
            String before = randomWord(random, random.nextInt(8));
            String after = randomWord(random, 12 + random.nextInt(8));
            assertThat(policy.problemWith(before + "river.stone" + after, EMAIL, null))
                    .as(before + "river.stone" + after).contains(PasswordProblem.CONTAINS_EMAIL);
        }
    }

    /** Property: any unit of up to half the length, repeated to 12+ characters, is refused. */
    @Test
    void anyRepeatedUnitIsRefused() {
        Random random = new Random(23);
        for (int i = 0; i < 500; i++) {
            String unit = randomWord(random, 1 + random.nextInt(6));
            String password = unit.repeat(12 / unit.length() + 1 + random.nextInt(3));
            assertThat(policy.problemWith(password, null, null)).as(password)
                    .isIn(Optional.of(PasswordProblem.REPEATS), Optional.of(PasswordProblem.TOO_LONG));
        }
    }

    /** Property: random 16-letter passwords are nearly always fine (guards against rules that refuse too much). */
    @Test
    void randomPasswordsAreAccepted() {
        Random random = new Random(29);
        long refused = IntStream.range(0, 1000).filter(i -> check(randomWord(random, 16)).isPresent()).count();
        assertThat(refused).isLessThan(3);
    }

    @Test
    void commonListMatchesCaseInsensitively() {
        CommonPasswords list = CommonPasswords.of("Hunter2Orbit9x");
        assertThat(list.contains("hunter2orbit9x")).isTrue();
        assertThat(list.contains("HUNTER2ORBIT9X")).isTrue();
        assertThat(list.contains("hunter2orbit9y")).isFalse();
        assertThat(new PasswordPolicy(list).problemWith("HUNTER2orbit9X", null, null)).contains(PasswordProblem.COMMON);
    }

    private static String randomWord(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
