package org.peersupport.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peersupport.portal.account.AddressConfirmationService;
import org.peersupport.portal.account.AddressConfirmationService.Confirmation;

/** confirm-address.xhtml?token=…: the link in the confirmation mail. */
@Named
@RequestScoped
public class ConfirmAddressPage {

    @Inject
    private AddressConfirmationService confirmations;

    private String token;
    private Confirmation result;

    public void confirm() {
        result = confirmations.confirm(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** CONFIRMED, EXPIRED or INVALID, for the page to pick its words. */
    public String getResult() {
        return result == null ? Confirmation.INVALID.name() : result.name();
    }
}
