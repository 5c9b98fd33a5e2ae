package org.peersupport.portal.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The stamps of the account whose credentials this request verified, read together with
 * its roles, so the session remembers exactly the stamp its roles belong to.
 */
@RequestScoped
public class SignInStamp {

    private SessionStamps stamps;

    void signedInWith(SessionStamps stamps) {
        this.stamps = stamps;
    }

    /** The stamps, or null when no sign-in succeeded in this request. */
    public SessionStamps getStamps() {
        return stamps;
    }
}
