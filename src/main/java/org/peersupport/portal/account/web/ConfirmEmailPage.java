package org.peersupport.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountSettingsService;
import org.peersupport.portal.account.EmailChange;
import org.peersupport.portal.account.SettingsRefusedException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * confirm-email.xhtml: the link from the mail opens it, and a button (a POST, so a mail scanner that
 * follows links confirms nothing) moves the account to the new address.
 */
@Named
@ViewScoped
public class ConfirmEmailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    private String token;
    private String newEmail;
    private boolean confirmed;

    /** f:viewAction: a forged, used or expired link shows a message and no button. */
    public void load() {
        newEmail = settings.pendingChange(token).map(EmailChange::getNewEmail).orElse(null);
    }

    public void confirm() {
        try {
            settings.confirmEmailChange(token);
            confirmed = true;
        } catch (SettingsRefusedException refused) {
            Messages.addGlobalError(Bundle.text(refused.getReasonKey()));
        }
        newEmail = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
