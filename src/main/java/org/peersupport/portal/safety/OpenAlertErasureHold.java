package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.ErasureHold;

/**
 * A member with a crisis alert not yet closed is not erased without an admin's note: the
 * moderators may still need to reach them through what the alert points at.
 */
@ApplicationScoped
public class OpenAlertErasureHold implements ErasureHold {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean holds(long accountId) {
        Number open = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM crisis_alert WHERE member_id = ?1 AND status <> 'CLOSED'")
                .setParameter(1, accountId)
                .getSingleResult();
        return open.longValue() > 0;
    }
}
