package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The account's own side tables in an erasure: former display names would name the member again,
 * a pending address change holds an address, device rows say which browsers they used, and an
 * unconfirmed address's link is no longer wanted.
 */
@ApplicationScoped
public class AccountRowsErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        for (String table : new String[] {"display_name_change", "email_change", "account_session", "unconfirmed_address"}) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1").setParameter(1, erasing.accountId()).executeUpdate();
        }
    }
}
