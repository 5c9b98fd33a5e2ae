package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void aCompleteRegistrationIsValid() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void passwordsNeedTwelveCharactersAndMayBeLong() {
        Registration registration = valid();
        registration.setPassword("elevenchars");
        assertThat(invalidFields(registration)).containsExactly("password");
        registration.setPassword("twelve chars");
        assertThat(invalidFields(registration)).isEmpty();
        registration.setPassword("correct horse battery staple, and then some more words to reach 64+ chars!");
        assertThat(registration.getPassword().length()).isGreaterThan(64);
        assertThat(invalidFields(registration)).isEmpty();
        registration.setPassword("x".repeat(Registration.PASSWORD_MAX + 1));
        assertThat(invalidFields(registration)).containsExactly("password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "someone@example.org", " leading", "trailing.", "semi;colon", "<b>bold</b>"})
    void displayNamesAreShortPseudonymsWithoutMarkupOrAddresses(String name) {
        Registration registration = valid();
        registration.setDisplayName(name);
        assertThat(invalidFields(registration)).containsOnly("displayName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quiet Harbor", "Río Sereno", "anna_k", "M.J. 2", "Ōkami-san"})
    void displayNamesMayUseLettersOfAnyScript(String name) {
        Registration registration = valid();
        registration.setDisplayName(name);
        assertThat(invalidFields(registration)).isEmpty();
    }

    @Test
    void bothConsentsAreRequired() {
        Registration registration = valid();
        registration.setGuidelinesAccepted(false);
        registration.setPrivacyAccepted(false);
        assertThat(invalidFields(registration)).containsExactlyInAnyOrder("guidelinesAccepted", "privacyAccepted");
    }

    @Test
    void messagesComeInSpanishToo() {
        Locale.setDefault(Locale.forLanguageTag("es"));
        Registration registration = valid();
        registration.setPassword("short");
        Set<String> messages = validator.validate(registration).stream()
                .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        assertThat(messages).containsExactly("Tu contraseña necesita entre 12 y 128 caracteres.");
    }

    @Test
    void thePasswordPolicyIsCheckedWithTheEmailAndDisplayNameOnThePasswordField() {
        Registration registration = valid();
        registration.setPassword("password1234");
        assertThat(messages(registration)).containsExactly(
                "This password is on a list of common or leaked passwords that attackers try first. Please choose another.");
        assertThat(invalidFields(registration)).containsExactly("password");
        registration.setPassword("aaaaaaaaaaaa");
        assertThat(messages(registration)).containsExactly(
                "Your password repeats the same character or group of characters. Please choose something less predictable.");
        registration.setEmail("river.stone@example.org");
        registration.setPassword("hello river.stone friends");
        assertThat(messages(registration)).containsExactly(
                "Your password must not contain your e-mail address or the part before the @.");
        registration.setPassword("I am Quiet Harbor, hello");
        assertThat(messages(registration)).containsExactly("Your password must not contain your display name.");
        assertThat(invalidFields(registration)).containsExactly("password");
    }

    private Set<String> messages(Registration registration) {
        Locale.setDefault(Locale.ENGLISH);
        return validator.validate(registration).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    private Set<String> invalidFields(Registration registration) {
        return validator.validate(registration).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    static Registration valid() {
        Registration registration = new Registration();
        registration.setEmail("ana@example.org");
        registration.setPassword("a long enough passphrase");
        registration.setDisplayName("Quiet Harbor");
        registration.setTimeZone(ZoneId.of("Europe/Madrid"));
        registration.setLanguage("es");
        registration.setGuidelinesAccepted(true);
        registration.setPrivacyAccepted(true);
        return registration;
    }
}
