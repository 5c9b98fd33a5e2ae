package org.peersupport.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.PasswordResetService;

/**
 * forgot-password.xhtml: asks for a reset link. Every ask that passes the field's checks gets the
 * same answer (a redirect to the page saying "if an account exists…"), at once.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    private PasswordResetService resets;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.tooLong}")
    private String email;

    public void ask() throws IOException {
        resets.ask(email, Faces.getRemoteAddr());
        Faces.redirect("forgot-password.xhtml?sent=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
