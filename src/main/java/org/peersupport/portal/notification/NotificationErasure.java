package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * Notification's part of an erasure: notices, reminders, preferences and unsent e-mails go (the last
 * mail, saying the account is erased, is written after, see {@link ErasureMails}).
 */
@ApplicationScoped
public class NotificationErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<UnreadChanged> unreadChanged;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("DELETE FROM notification WHERE recipient_id = ?1", id);
        unreadChanged.fire(new UnreadChanged(id));
        run("DELETE FROM reminder WHERE recipient_id = ?1", id);
        run("DELETE FROM notification_preference WHERE account_id = ?1", id);
        run("DELETE FROM notification_settings WHERE account_id = ?1", id);
        run("DELETE FROM email_outbox WHERE recipient_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
