package org.peersupport.portal.shared;

/** The acting person may not do this. Rolls back the transaction. */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
