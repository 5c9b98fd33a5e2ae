package org.peersupport.portal.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The security stamp of the account whose credentials this request verified, read together with
 * its roles, so the session remembers exactly the stamp its roles belong to.
 */
@RequestScoped
public class SignInStamp {

    private Long stamp;

    void signedInWith(long stamp) {
        this.stamp = stamp;
    }

    /** The stamp, or null when no sign-in succeeded in this request. */
    public Long getStamp() {
        return stamp;
    }
}
