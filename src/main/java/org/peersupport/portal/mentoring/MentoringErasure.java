package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.peersupport.portal.account.AccountErasing;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;

/**
 * Mentoring's part of an erasure: chat messages, check-in notes and the texts of requests and the
 * mentor profile go; open mentorships end, and the other side is told as of any ending (the
 * notice names nobody) and their chat closes.
 */
@ApplicationScoped
public class MentoringErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<MentorshipEnded> ended;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        run("DELETE FROM chat_report WHERE message_id IN (SELECT id FROM chat_message WHERE sender_id = ?1)", id);
        run("UPDATE chat_report SET reporter_id = NULL, reason = '' WHERE reporter_id = ?1", id);
        run("DELETE FROM chat_message WHERE sender_id = ?1", id);
        run("DELETE FROM chat_read_mark WHERE account_id = ?1", id);
        run("DELETE FROM mentorship_check_in WHERE author_id = ?1", id);
        run("UPDATE mentorship SET end_reason = NULL WHERE mentor_id = ?1 OR mentee_id = ?1", id);
        List<Mentorship> open = em.createQuery("SELECT m FROM Mentorship m WHERE m.status = :active"
                + " AND (m.mentorId = :account OR m.menteeId = :account)", Mentorship.class)
                .setParameter("active", Mentorship.Status.ACTIVE).setParameter("account", id).getResultList();
        run("UPDATE mentorship SET status = 'ENDED', ended_at = UTC_TIMESTAMP(3), ended_by = ?1, end_kind = 'COMPLETED'"
                + " WHERE status = 'ACTIVE' AND (mentor_id = ?1 OR mentee_id = ?1)", id);
        for (Mentorship m : open) {
            ended.fire(new MentorshipEnded(m.getId(), m.getMentorId(), m.getMenteeId(), Mentorship.EndKind.COMPLETED, true));
            notifications.notify(m.otherThan(id), NotificationKind.MENTORSHIP_ENDED, "/mentoring/index.xhtml", List.of());
        }
        // Requests stay as rows (proposals point at them) but keep no words and match no more.
        run("UPDATE mentee_request SET needs = '', availability = '', note = '',"
                + " status = CASE WHEN status IN ('WAITING', 'PROPOSED') THEN 'WITHDRAWN' ELSE status END"
                + " WHERE account_id = ?1", id);
        run("UPDATE mentor_profile SET experience_note = '', availability = '', bio = '', coordinator_note = NULL,"
                + " status = CASE WHEN status = 'APPROVED' THEN 'DECLINED' ELSE status END WHERE account_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
