package org.peersupport.portal.account;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** The member has not yet confirmed their e-mail address: they may read, but not post, chat, join or sign up. */
public class AddressUnconfirmedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public AddressUnconfirmedException() {
        super("account.unconfirmed.refused", List.of());
    }
}
