package org.peersupport.portal.milestone;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** A milestone step refused with a reason the person can act on (a message key, shown beside the form). */
public class MilestoneRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public MilestoneRefusedException(String reasonKey) {
        super(reasonKey, List.of());
    }
}
