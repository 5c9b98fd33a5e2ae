package org.peersupport.portal.account;

/** Registration refused for a reason the person can act on; unchecked, so the transaction rolls back. */
public class RegistrationRefusedException extends RuntimeException {

    public enum Reason {
        EMAIL_TAKEN,
        DISPLAY_NAME_TAKEN
    }

    private final Reason reason;

    public RegistrationRefusedException(Reason reason) {
        super("Registration refused: " + reason);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
