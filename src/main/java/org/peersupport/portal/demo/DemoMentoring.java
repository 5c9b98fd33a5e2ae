package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.ChatMessage;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.ExperienceAreasConverter;
import org.peersupport.portal.mentoring.LanguagesConverter;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.shared.persistence.InstantConverter;

/**
 * Steady Lantern is an approved mentor, working with Quiet Harbor, and their chat has a few days
 * of friendly messages; the last two are still unread by Quiet Harbor.
 */
@ApplicationScoped
public class DemoMentoring {

    private record Line(boolean fromMentor, int hoursAgo, String text) {}

    private static final Line[] CHAT = {
        new Line(true, 75, "Hi, I’m Steady Lantern. Glad we’re matched. How are you finding things this week?"),
        new Line(false, 74, "Hi! A bit up and down, honestly. Evenings are the hardest."),
        new Line(true, 73, "That makes sense. What helps a little in the evenings, even for ten minutes?"),
        new Line(false, 50, "A walk after dinner, if I can get myself out of the door."),
        new Line(true, 26, "That’s a good one. Would it help if we checked in after your walk on Thursday?"),
        new Line(true, 25, "No pressure either way, just an idea."),
    };
    private static final int UNREAD_BY_MENTEE = 2;

    private static final InstantConverter STORED = new InstantConverter();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    /**
     * Written as rows, since all of it lies in the past: the services apply, approve, match and send
     * only now, and tell the people concerned as they do.
     */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DemoDataRequested request) {
        long mentor = id("mentor@demo.test");
        long mentee = id("member@demo.test");
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO mentor_profile (account_id, status, areas, experience_note, languages, time_zone,"
                        + " availability, capacity, gender, age_band, bio, guidelines_version, submitted_at, decided_at, decided_by,"
                        + " coordinator_note, paused) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 3, NULL, NULL, ?8, ?9, ?10, ?11, ?12, NULL, FALSE)")
                .setParameter(1, mentor)
                .setParameter(2, MentorProfile.Status.APPROVED.name())
                .setParameter(3, new ExperienceAreasConverter().convertToDatabaseColumn(
                        EnumSet.of(ExperienceArea.ANXIETY, ExperienceArea.DEPRESSION)))
                .setParameter(4, "Demo text: ten years of living with anxiety, and a peer support course.")
                .setParameter(5, new LanguagesConverter().convertToDatabaseColumn(Set.of("en")))
                .setParameter(6, "America/New_York")
                .setParameter(7, WeeklyAvailability.parse("TUE 18:00-20:00;THU 18:00-20:00").format())
                .setParameter(8, "Demo text, no real person: I listen first, and I’m happy to share what helped me on hard evenings.")
                .setParameter(9, MentoringService.GUIDELINES_VERSION)
                .setParameter(10, STORED.convertToDatabaseColumn(now.minus(Duration.ofDays(20))))
                .setParameter(11, STORED.convertToDatabaseColumn(now.minus(Duration.ofDays(18))))
                .setParameter(12, id("admin@demo.test"))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO mentorship (mentor_id, mentee_id, request_id, status, started_at)"
                        + " VALUES (?1, ?2, NULL, ?3, ?4)")
                .setParameter(1, mentor)
                .setParameter(2, mentee)
                .setParameter(3, Mentorship.Status.ACTIVE.name())
                .setParameter(4, STORED.convertToDatabaseColumn(now.minus(Duration.ofDays(4))))
                .executeUpdate();
        long mentorship = number(em.createNativeQuery("SELECT id FROM mentorship WHERE mentor_id = ?1 AND mentee_id = ?2")
                .setParameter(1, mentor).setParameter(2, mentee).getSingleResult());
        long lastReadByMentee = 0;
        for (int i = 0; i < CHAT.length; i++) {
            Line line = CHAT[i];
            em.createNativeQuery("INSERT INTO chat_message (mentorship_id, sender_id, body, status, sent_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, mentorship)
                    .setParameter(2, line.fromMentor() ? mentor : mentee)
                    .setParameter(3, line.text())
                    .setParameter(4, ChatMessage.Status.DELIVERED.name())
                    .setParameter(5, STORED.convertToDatabaseColumn(now.minus(Duration.ofHours(line.hoursAgo()))))
                    .executeUpdate();
            if (i == CHAT.length - UNREAD_BY_MENTEE - 1) {
                lastReadByMentee = lastMessage(mentorship);
            }
        }
        markRead(mentorship, mentor, lastMessage(mentorship));
        markRead(mentorship, mentee, lastReadByMentee);
    }

    private long lastMessage(long mentorship) {
        return number(em.createNativeQuery("SELECT MAX(id) FROM chat_message WHERE mentorship_id = ?1")
                .setParameter(1, mentorship).getSingleResult());
    }

    private void markRead(long mentorship, long accountId, long upTo) {
        em.createNativeQuery("INSERT INTO chat_read_mark (mentorship_id, account_id, last_read_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, mentorship).setParameter(2, accountId).setParameter(3, upTo).executeUpdate();
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
