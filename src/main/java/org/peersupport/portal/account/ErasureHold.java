package org.peersupport.portal.account;

/**
 * A port for features that may hold an erasure back (safety: an open crisis alert). A held
 * erasure waits until an admin writes a note releasing it ({@link ErasureService#release}).
 */
public interface ErasureHold {

    /** True while something about {@code accountId} must be settled before the account goes. */
    boolean holds(long accountId);
}
