package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * Milestones' part of an erasure: private by default, so awards, progress and the certificate name
 * all go.
 */
@ApplicationScoped
public class MilestoneErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("DELETE FROM milestone_award WHERE member_id = ?1", id);
        run("DELETE FROM milestone_progress WHERE member_id = ?1", id);
        run("DELETE FROM milestone_member WHERE member_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
