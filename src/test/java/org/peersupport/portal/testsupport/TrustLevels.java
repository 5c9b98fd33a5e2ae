package org.peersupport.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.peersupport.portal.moderation.ModerationService;

/**
 * Gives a member a trust level, as time on the forum would: no service sets it on demand, so the
 * tests change the standing in a transaction of their own. Every deployment carries it (see Deployments).
 */
@ApplicationScoped
@Transactional
public class TrustLevels {

    @Inject
    private ModerationService moderation;

    public void set(long accountId, int level) {
        moderation.standingOf(accountId).setTrustLevel(level);
    }
}
