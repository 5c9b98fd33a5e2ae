package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * Safety's part of an erasure: the alerts stay (what was done, and when) but not the member's words.
 */
@ApplicationScoped
public class SafetyErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("UPDATE crisis_alert SET excerpt = '' WHERE member_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
