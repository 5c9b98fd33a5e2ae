package org.peersupport.portal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** A new password, typed twice. The reset page binds to it and the service validates the same rules. */
public class NewPassword {

    // On its own here: the member is not signed in, so their e-mail and name are not checked in it.
    @NotNull(message = "{account.password.required}")
    @AcceptablePassword
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
