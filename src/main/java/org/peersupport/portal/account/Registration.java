package org.peersupport.portal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;

/**
 * What a person enters to join. The registration page binds to it and the service validates the
 * same constraints, so there is one source of validation.
 */
@AcceptablePassword
public class Registration implements PasswordChoice {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    /** Letters and digits of any script, with spaces, dots, dashes and underscores inside. */
    public static final String DISPLAY_NAME_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*[\\p{L}\\p{N}]";

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.tooLong}")
    private String email;

    /** Length and the rest of the {@link PasswordPolicy} are checked by @AcceptablePassword on the class. */
    @NotNull(message = "{account.password.required}")
    private String password;

    @NotBlank(message = "{account.displayName.required}")
    @Size(min = Account.DISPLAY_NAME_MIN, max = Account.DISPLAY_NAME_MAX, message = "{account.displayName.length}")
    @Pattern(regexp = DISPLAY_NAME_PATTERN, message = "{account.displayName.characters}")
    private String displayName;

    @NotNull(message = "{account.timeZone.required}")
    private ZoneId timeZone;

    @NotNull(message = "{account.language.required}")
    @Pattern(regexp = "en|es", message = "{account.language.required}")
    private String language;

    @AssertTrue(message = "{account.consent.required}")
    private boolean guidelinesAccepted;

    @AssertTrue(message = "{account.consent.required}")
    private boolean privacyAccepted;

    @Override
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @Override
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isGuidelinesAccepted() {
        return guidelinesAccepted;
    }

    public void setGuidelinesAccepted(boolean guidelinesAccepted) {
        this.guidelinesAccepted = guidelinesAccepted;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }
}
