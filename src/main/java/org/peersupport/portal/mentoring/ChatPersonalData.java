package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/**
 * chat-messages.json: the messages the member sent, and per conversation only how many the other
 * person sent: their words are their own data, not the member's, so they are never exported.
 */
@ApplicationScoped
public class ChatPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "chat-messages";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "conversations", "SELECT m.id, CASE WHEN m.mentee_id = ?1 THEN 'MENTEE' ELSE 'MENTOR' END,"
                + " (SELECT COUNT(*) FROM chat_message c WHERE c.mentorship_id = m.id AND c.sender_id = ?1),"
                + " (SELECT COUNT(*) FROM chat_message c WHERE c.mentorship_id = m.id AND c.sender_id <> ?1)"
                + " FROM mentorship m WHERE m.mentee_id = ?1 OR m.mentor_id = ?1 ORDER BY m.id", memberId,
                "mentorshipId", "yourRole", "messagesFromYou", "messagesFromTheOtherPerson");
        JsonRows.query(em, json, "messages", "SELECT id, mentorship_id, body, status, sent_at FROM chat_message WHERE sender_id = ?1"
                + " ORDER BY sent_at, id", memberId, "id", "mentorshipId", "body", "status", "sentAt");
        JsonRows.query(em, json, "reportsMade", "SELECT message_id, reason, status, created_at FROM chat_report WHERE reporter_id = ?1"
                + " ORDER BY created_at", memberId, "messageId", "reason", "status", "createdAt");
    }
}
