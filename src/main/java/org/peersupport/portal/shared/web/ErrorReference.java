package org.peersupport.portal.shared.web;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives an unexpected error a short reference, logs the error under it and keeps it on the request
 * for the error page, so a member can quote the reference and staff can find the log line.
 */
public final class ErrorReference {

    public static final String ATTRIBUTE = "portal.errorReference";
    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorReference() {}

    /** Logs the error once per request and returns its reference. */
    public static String log(ServletRequest request, Throwable error) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing != null) {
            return existing.toString();
        }
        String reference = newReference();
        request.setAttribute(ATTRIBUTE, reference);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
        return reference;
    }

    /** Eight characters without look-alikes (no 0/O, 1/I), easy to read out on the phone. */
    static String newReference() {
        char[] reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(reference);
    }
}
