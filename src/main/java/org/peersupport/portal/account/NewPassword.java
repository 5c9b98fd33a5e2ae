package org.peersupport.portal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. The reset page binds to it and the service validates the same rules. */
public class NewPassword {

    // TODO(password-rules): @AcceptablePassword (PasswordPolicy) in place of the size rule.
    @NotNull(message = "{account.password.required}")
    @Size(min = Registration.PASSWORD_MIN, max = Registration.PASSWORD_MAX, message = "{account.password.length}")
    private String password;

    private String repeated;

    public NewPassword() {}

    public NewPassword(String password, String repeated) {
        this.password = password;
        this.repeated = repeated;
    }

    /** The page checks this next to the second field (o:validateEqual); the service checks it here. */
    @AssertTrue(message = "{account.password.mismatch}")
    public boolean isRepeatedAlike() {
        return password == null || password.equals(repeated);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
