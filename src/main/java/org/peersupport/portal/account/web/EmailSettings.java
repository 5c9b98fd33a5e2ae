package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountSettingsService;
import org.peersupport.portal.account.SettingsRefusedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/settings.xhtml, the e-mail section: a link goes to the new address; nothing changes before it is followed. */
@Named
@ViewScoped
public class EmailSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private Viewer viewer;

    @Inject
    private AccountService accounts;

    private String currentEmail;
    private String newEmail;
    private String password;
    private String sentTo;

    @PostConstruct
    void load() {
        currentEmail = accounts.getAccount(viewer.getId()).getEmail();
    }

    /** {@code passwordInput} and {@code emailInput}: where a refusal is shown. */
    public void ask(UIComponent passwordInput, UIComponent emailInput) {
        try {
            settings.askEmailChange(viewer.getId(), password, newEmail);
            // The same answer whether or not the address is someone else's.
            sentTo = newEmail;
            password = null;
            Messages.addGlobalInfo(Bundle.text("settings.email.sent", newEmail));
        } catch (SettingsRefusedException refused) {
            UIComponent input = SettingsRefusedException.SAME_EMAIL.equals(refused.getReasonKey()) ? emailInput : passwordInput;
            Messages.addError(input.getClientId(), Bundle.text(refused.getReasonKey()));
            Faces.validationFailed();
        }
    }

    public String getCurrentEmail() {
        return currentEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The address the last link went to, in this view (null: none yet). */
    public String getSentTo() {
        return sentTo;
    }
}
