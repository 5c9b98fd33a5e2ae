package org.peersupport.portal.milestone.badge;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which the credentials' public status list learns whether a credential was
 * revoked. The milestone service implements it (as one CDI bean); until one exists, every status
 * address answers 404.
 */
public interface CredentialStatuses {

    /**
     * The standing of the credential with this id, or empty if the portal never issued one with it
     * (then its status address answers 404).
     */
    Optional<CredentialStanding> standingOf(UUID credentialId);
}
