package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.peersupport.portal.milestone.badge.CredentialStanding;
import org.peersupport.portal.milestone.badge.CredentialStatuses;

/** Tells the badges' public status list whether an award's credential still stands. */
@ApplicationScoped
public class MilestoneCredentialStatuses implements CredentialStatuses {

    @Inject
    private MilestoneService milestones;

    @Override
    public Optional<CredentialStanding> standingOf(UUID credentialId) {
        return milestones.awardByCredential(credentialId).map(award -> award.isRevoked() ? CredentialStanding.REVOKED : CredentialStanding.ACTIVE);
    }
}
