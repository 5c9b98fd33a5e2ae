package org.peersupport.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.peersupport.portal.account.NewPassword;
import org.peersupport.portal.account.PasswordResetRefusedException;
import org.peersupport.portal.account.PasswordResetService;
import org.peersupport.portal.account.ResetLinkState;

/**
 * reset-password.xhtml?token=…: the link from the mail. A usable link shows the form; any other
 * says why it cannot be used and offers a new one. After the reset the member signs in afresh.
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    private String token;
    private ResetLinkState state;
    private final NewPassword password = new NewPassword();

    /** On opening the link, before the form is shown. */
    public void check() {
        state = resets.check(token);
    }

    public void reset() throws IOException {
        try {
            resets.reset(token, password);
        } catch (PasswordResetRefusedException e) {
            state = e.getState(); // the form gives way to the reason and a link to ask again
            return;
        }
        Faces.redirect("login.xhtml?reset=true");
    }

    public boolean isUsable() {
        return state == ResetLinkState.USABLE;
    }

    public ResetLinkState getState() {
        return state;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public NewPassword getPassword() {
        return password;
    }
}
