package org.peersupport.portal.moderation;

/**
 * How urgent a crisis is; HIGH is answered first and has the shortest deadline. LOOK_SOON is the
 * weaker tier: the text is published and a moderator is asked to look within hours, not minutes.
 */
public enum CrisisSeverity {
    HIGH,
    MEDIUM,
    LOOK_SOON;

    /** A crisis proper (the text is held), as opposed to a request to look soon. */
    public boolean isCrisis() {
        return this != LOOK_SOON;
    }
}
