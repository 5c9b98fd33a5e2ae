package org.peersupport.portal.mentoring;

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
import java.time.ZoneId;
import java.util.Set;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.demo.DemoDataRequested;

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

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) DemoDataRequested request) {
        long mentor = id("mentor@demo.test");
        long mentee = id("member@demo.test");
        Instant now = clock.instant();
        MentorProfile profile = new MentorProfile(mentor, new MentorApplication(Set.of(ExperienceArea.ANXIETY, ExperienceArea.DEPRESSION),
                "Demo text: ten years of living with anxiety, and a peer support course.", Set.of("en"), ZoneId.of("America/New_York"),
                WeeklyAvailability.parse("TUE 18:00-20:00;THU 18:00-20:00"), 3, null, null,
                "Demo text, no real person: I listen first, and I’m happy to share what helped me on hard evenings.", true),
                MentoringService.GUIDELINES_VERSION, now.minus(Duration.ofDays(20)));
        profile.approve(id("admin@demo.test"), now.minus(Duration.ofDays(18)));
        em.persist(profile);
        Mentorship mentorship = new Mentorship(mentor, mentee, null, now.minus(Duration.ofDays(4)));
        em.persist(mentorship);
        em.flush();
        long lastReadByMentee = 0;
        long last = 0;
        for (int i = 0; i < CHAT.length; i++) {
            Line line = CHAT[i];
            ChatMessage message = new ChatMessage(mentorship.getId(), line.fromMentor() ? mentor : mentee, line.text(),
                    ChatMessage.Status.DELIVERED, now.minus(Duration.ofHours(line.hoursAgo())));
            em.persist(message);
            em.flush();
            last = message.getId();
            if (i < CHAT.length - UNREAD_BY_MENTEE) {
                lastReadByMentee = last;
            }
        }
        markRead(mentorship.getId(), mentor, last);
        markRead(mentorship.getId(), mentee, lastReadByMentee);
    }

    private void markRead(long mentorshipId, long accountId, long upTo) {
        ChatReadMark mark = new ChatReadMark(mentorshipId, accountId);
        mark.advanceTo(upTo);
        em.persist(mark);
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
