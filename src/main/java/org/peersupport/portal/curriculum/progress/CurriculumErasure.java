package org.peersupport.portal.curriculum.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * The curriculum's part of an erasure: homework reflections go and calendar feeds stop; attendance
 * stays for the facilitators' figures, without any text.
 */
@ApplicationScoped
public class CurriculumErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("UPDATE homework SET reflection = NULL WHERE member_id = ?1", id);
        run("DELETE FROM calendar_feed WHERE member_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
