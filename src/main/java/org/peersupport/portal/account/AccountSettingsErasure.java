package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The settings' part of an erasure: former display names would name the member again, a pending
 * address change holds an address, and device rows say which browsers they used.
 */
@ApplicationScoped
public class AccountSettingsErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        for (String table : new String[] {"display_name_change", "email_change", "account_session"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1").setParameter(1, erasing.accountId()).executeUpdate();
        }
    }
}
