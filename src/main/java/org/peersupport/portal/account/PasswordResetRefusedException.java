package org.peersupport.portal.account;

/** A reset link that cannot set a password now; unchecked, so the transaction rolls back and nothing changes. */
public class PasswordResetRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ResetLinkState state;

    public PasswordResetRefusedException(ResetLinkState state) {
        super("Password reset refused: " + state);
        this.state = state;
    }

    public ResetLinkState getState() {
        return state;
    }
}
