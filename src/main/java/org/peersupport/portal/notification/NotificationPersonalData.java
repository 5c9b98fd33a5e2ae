package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** notifications.json: notices, channel choices, quiet hours, reminders and the e-mails kept for the member. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "notifications";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "notifications", "SELECT id, kind, link, params, created_at, read_at FROM notification WHERE recipient_id = ?1"
                + " ORDER BY created_at, id", memberId, "id", "kind", "link", "params", "createdAt", "readAt");
        JsonRows.query(em, json, "channels", "SELECT kind, channel FROM notification_preference WHERE account_id = ?1 ORDER BY kind",
                memberId, "kind", "channel");
        JsonRows.query(em, json, "quietHours", "SELECT quiet_start, quiet_end FROM notification_settings WHERE account_id = ?1",
                memberId, "start", "end");
        JsonRows.query(em, json, "reminders", "SELECT kind, event_start, remind_at, link, status FROM reminder WHERE recipient_id = ?1"
                + " ORDER BY remind_at", memberId, "kind", "eventStart", "remindAt", "link", "status");
        JsonRows.query(em, json, "emails", "SELECT to_address, subject, body_text, created_at, sent_at FROM email_outbox WHERE recipient_id = ?1"
                + " ORDER BY created_at, id", memberId, "to", "subject", "text", "createdAt", "sentAt");
    }
}
