package org.peersupport.portal.moderation;

/** How urgent a crisis is; HIGH is answered first and has the shortest deadline. */
public enum CrisisSeverity {
    HIGH,
    MEDIUM
}
