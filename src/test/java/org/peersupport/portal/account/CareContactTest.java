package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a care contact: consent, a name, who they are, and a way to reach them; and what the form accepts. */
class CareContactTest {

    private static final Instant NOW = Instant.parse("2026-12-04T18:00:00Z");
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void aContactKeepsItsDetailsStrippedWithTheTimeOfConsent() {
        CareContact contact = new CareContact(7, details(" Ana Ruiz ", " my sister ", " +34 600 123 456 ", " "), NOW);
        assertThat(contact.getAccountId()).isEqualTo(7);
        assertThat(contact.getName()).isEqualTo("Ana Ruiz");
        assertThat(contact.getRelationship()).isEqualTo("my sister");
        assertThat(contact.getPhone()).isEqualTo("+34 600 123 456");
        assertThat(contact.getEmail()).as("blank is none").isNull();
        assertThat(contact.getConsentedAt()).isEqualTo(NOW);
    }

    @Test
    void thePhoneIsShownAsTypedAndDialledByItsDigits() {
        CareContact contact = new CareContact(7, details("Ana", "sister", "+44 (0)7700-900.123", null), NOW);
        assertThat(contact.getPhone()).isEqualTo("+44 (0)7700-900.123");
        assertThat(contact.getDialablePhone()).isEqualTo("+4407700900123");
    }

    @Test
    void withoutConsentThereIsNoContact() {
        CareContactDetails details = details("Ana", "sister", "600123456", null);
        details.setConsent(false);
        assertThatThrownBy(() -> new CareContact(7, details, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContactNeedsAPhoneOrAnEmail() {
        assertThatThrownBy(() -> new CareContact(7, details("Ana", "sister", " ", null), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone number or an e-mail");
        assertThat(new CareContact(7, details("Ana", "sister", null, "ana@example.org"), NOW).getEmail())
                .isEqualTo("ana@example.org");
    }

    @Test
    void aContactNeedsANameAndWhoTheyAre() {
        assertThatThrownBy(() -> new CareContact(7, details(" ", "sister", "600123456", null), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareContact(7, details("Ana", null, "600123456", null), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingRenewsConsentAndSameDetailsAreTheSame() {
        CareContact contact = new CareContact(7, details("Ana", "sister", "600123456", null), NOW);
        assertThat(contact.sameAs(details(" Ana", "sister ", "600123456", ""))).isTrue();
        CareContactDetails changed = details("Luis", "friend", null, "luis@example.org");
        assertThat(contact.sameAs(changed)).isFalse();
        contact.change(changed, NOW.plusSeconds(60));
        assertThat(contact.getName()).isEqualTo("Luis");
        assertThat(contact.getPhone()).isNull();
        assertThat(contact.getConsentedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(CareContactDetails.of(contact).isConsent()).as("the form of a given contact").isTrue();
    }

    @Test
    void aCompleteFormIsValid() {
        assertThat(validator.validate(details("Ana Ruiz", "my sister", "+44 (0)7700 900-123", "ana@example.org"))).isEmpty();
        assertThat(validator.validate(details("Ana Ruiz", "my sister", null, "ana@example.org"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "call me", "+44 7700 900123 ext 4", "0", "++44 7700 900123", "1234567890123456789012345678901"})
    void aPhoneNumberIsDigitsSpacesAndPunctuation(String phone) {
        assertThat(invalidFields(details("Ana", "sister", phone, null))).containsExactly("phone");
    }

    @Test
    void theFormSaysWhatIsMissingInTheMembersLanguage() {
        CareContactDetails empty = new CareContactDetails();
        empty.setEmail("not an address");
        assertThat(invalidFields(empty)).containsExactlyInAnyOrder("name", "relationship", "email", "consent");
        Locale.setDefault(Locale.forLanguageTag("es"));
        Set<String> messages = Validation.buildDefaultValidatorFactory().getValidator().validate(empty).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        assertThat(messages).contains("Indica su nombre.", "Indica quién es para ti.",
                "Acéptalo para que los moderadores puedan usar el contacto.");
    }

    private Set<String> invalidFields(CareContactDetails details) {
        return validator.validate(details).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    static CareContactDetails details(String name, String relationship, String phone, String email) {
        CareContactDetails details = new CareContactDetails();
        details.setName(name);
        details.setRelationship(relationship);
        details.setPhone(phone);
        details.setEmail(email);
        details.setConsent(true);
        return details;
    }
}
