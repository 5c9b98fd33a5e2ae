package org.peersupport.portal.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * Set during a sign-in that could not reach the database, so the sign-in page can say the service
 * is unavailable instead of "wrong password", and not count the attempt towards the lock-out.
 * (Jakarta Security turns an exception from the identity store into a plain failed sign-in.)
 */
@RequestScoped
public class UnavailableSignIn {

    private boolean unavailable;

    void databaseUnavailable() {
        this.unavailable = true;
    }

    public boolean isUnavailable() {
        return unavailable;
    }
}
