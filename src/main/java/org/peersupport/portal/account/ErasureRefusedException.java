package org.peersupport.portal.account;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** An erasure request or release that cannot be taken: the key says why, next to the field. */
public class ErasureRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public static final String WRONG_PASSWORD = "erase.error.password";
    public static final String NOTE_REQUIRED = "erase.error.note";
    public static final String NOTHING_PENDING = "erase.error.nothingPending";

    public ErasureRefusedException(String reasonKey) {
        super(reasonKey, List.of());
    }
}
