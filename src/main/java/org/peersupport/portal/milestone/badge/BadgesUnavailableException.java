package org.peersupport.portal.milestone.badge;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** The portal has no badge signing key (portal.badges.signing-key-file), so it cannot issue a badge. */
public class BadgesUnavailableException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public BadgesUnavailableException() {
        super("milestone.badge.unavailable", List.of());
    }
}
