package org.peersupport.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * Moderation's part of an erasure: staff notes and sanction reasons are about the member and go with
 * them; the audit trail keeps only the account's (now pseudonymous) id.
 */
@ApplicationScoped
public class ModerationErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("DELETE FROM staff_note WHERE account_id = ?1", id);
        run("UPDATE sanction SET reason = '' WHERE account_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
