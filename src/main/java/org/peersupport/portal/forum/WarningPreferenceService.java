package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The content warnings a member chose not to see. */
@ApplicationScoped
@Transactional
public class WarningPreferenceService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<ContentWarning> hiddenWarnings(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT warning FROM hidden_warning WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        Set<ContentWarning> warnings = EnumSet.noneOf(ContentWarning.class);
        rows.forEach(r -> warnings.add(ContentWarning.valueOf(r.toString())));
        return warnings;
    }

    public void hideWarnings(long accountId, Set<ContentWarning> warnings) {
        em.createNativeQuery("DELETE FROM hidden_warning WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        for (ContentWarning warning : warnings) {
            em.createNativeQuery("INSERT INTO hidden_warning (account_id, warning) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, warning.name()).executeUpdate();
        }
    }
}
