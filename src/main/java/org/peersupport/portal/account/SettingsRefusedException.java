package org.peersupport.portal.account;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** A settings change refused for a reason the member is shown next to the field (a wrong current password, say). */
public class SettingsRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public static final String WRONG_PASSWORD = "settings.password.wrong";
    public static final String NAME_TAKEN = "account.displayName.taken";
    public static final String SAME_EMAIL = "settings.email.same";
    public static final String TOO_MANY = "settings.password.tooMany";
    public static final String LINK_INVALID = "settings.email.linkInvalid";

    public SettingsRefusedException(String reasonKey) {
        super(reasonKey, List.of());
    }
}
