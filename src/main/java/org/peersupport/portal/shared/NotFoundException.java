package org.peersupport.portal.shared;

/**
 * The object does not exist, or the person asking may not know that it does: both answer 404, so
 * that a private group or someone's notes are never revealed by a different answer.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
