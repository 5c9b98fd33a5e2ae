package org.peersupport.portal.mydata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/** An erased member's prepared downloads hold every private text they wrote: they go with the rest. */
@ApplicationScoped
public class DataExportErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        em.createNativeQuery("DELETE FROM data_export WHERE member_id = ?1").setParameter(1, erasing.accountId()).executeUpdate();
    }
}
