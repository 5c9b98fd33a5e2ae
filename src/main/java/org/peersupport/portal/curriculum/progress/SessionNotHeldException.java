package org.peersupport.portal.curriculum.progress;

/** The session is cancelled or has not started yet, so nobody is marked and no homework is due. Rolls back. */
public class SessionNotHeldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionNotHeldException(String message) {
        super(message);
    }
}
