package org.peersupport.portal.workshop;

/**
 * Where a member stands with one workshop. CONFIRMED and OFFERED hold a seat (an offered seat is
 * kept for the promoted member until the offer expires); WAITLISTED waits in line.
 */
public enum RegistrationStatus {
    CONFIRMED,
    OFFERED,
    WAITLISTED,
    CANCELLED,
    EXPIRED;

    public boolean holdsSeat() {
        return this == CONFIRMED || this == OFFERED;
    }

    /** Still in the workshop one way or another: a second sign-up would be a second registration. */
    public boolean active() {
        return holdsSeat() || this == WAITLISTED;
    }
}
