package org.peersupport.portal.account.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AcceptablePassword;
import org.peersupport.portal.account.AccountSettingsService;
import org.peersupport.portal.account.SessionStamps;
import org.peersupport.portal.account.SettingsRefusedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/settings.xhtml, the password section: every other session ends, this one stays signed in. */
@Named
@ViewScoped
public class PasswordSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private Viewer viewer;

    private String currentPassword;

    // The page's acceptablePassword validator also refuses the member's e-mail and name in it.
    @NotNull(message = "{account.password.required}")
    @AcceptablePassword
    private String newPassword;

    private String repeated;

    public void change(UIComponent currentInput) {
        try {
            SessionStamps kept = settings.changePassword(viewer.getId(), currentPassword, newPassword, SessionKeys.current());
            SessionKeys.keepSignedIn(kept);
            currentPassword = null;
            newPassword = null;
            repeated = null;
            Messages.addGlobalInfo(Bundle.text("settings.password.changed"));
        } catch (SettingsRefusedException refused) {
            Messages.addError(currentInput.getClientId(), Bundle.text(refused.getReasonKey()));
            Faces.validationFailed();
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
