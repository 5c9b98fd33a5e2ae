package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * Workshops' part of an erasure: the member's answers to sign-up questions go; seat counts stay.
 */
@ApplicationScoped
public class WorkshopErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("UPDATE workshop_registration SET answer = NULL WHERE member_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
