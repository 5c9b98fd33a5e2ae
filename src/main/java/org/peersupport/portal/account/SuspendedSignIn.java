package org.peersupport.portal.account;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Set during a sign-in whose e-mail and password were right but whose account a moderator has
 * suspended, so the sign-in page can say so (only to someone who knows the password).
 */
@RequestScoped
public class SuspendedSignIn {

    private Instant until;
    private ZoneId zone;

    void suspendedUntil(Instant until, ZoneId zone) {
        this.until = until;
        this.zone = zone;
    }

    /** The member's own time zone, to say the end in. */
    public ZoneId getZone() {
        return zone;
    }

    /** The end of the suspension, or null when this request's sign-in was not refused for one. */
    public Instant getUntil() {
        return until;
    }
}
