package org.peersupport.portal.account.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AddressConfirmationService;
import org.peersupport.portal.shared.web.Bundle;

/**
 * The template's banner "confirm your address", with "send the link again", for a signed-in member
 * who has not confirmed yet. Once confirmed, the session stops asking the database.
 */
@Named
@SessionScoped
public class AddressBanner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private AddressConfirmationService confirmations;

    private Long confirmedAccountId;

    public boolean isShown() {
        if (!currentMember.isSignedIn()) {
            return false;
        }
        long id = currentMember.getId();
        if (Long.valueOf(id).equals(confirmedAccountId)) {
            return false;
        }
        if (confirmations.isConfirmed(id)) {
            confirmedAccountId = id;
            return false;
        }
        return true;
    }

    public void sendAgain() {
        switch (confirmations.sendNewLink(currentMember.getId())) {
            case SENT -> Messages.addGlobalInfo(Bundle.text("confirmation.banner.sent"));
            case TRY_LATER -> Messages.addGlobalError(Bundle.text("confirmation.banner.throttled"));
            case ALREADY_CONFIRMED -> Messages.addGlobalInfo(Bundle.text("confirmation.done.text"));
        }
    }
}
