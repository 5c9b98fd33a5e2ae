package org.peersupport.portal.workshop;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** A sign-up, cancellation or change the workshop's rules do not allow now; the key says why, in words. */
public class WorkshopRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public WorkshopRefusedException(String reasonKey, Object... arguments) {
        super(reasonKey, List.of(arguments));
    }
}
