package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.workshop.AttendanceMode;
import org.peersupport.portal.workshop.Workshop;
import org.peersupport.portal.workshop.WorkshopDetails;
import org.peersupport.portal.workshop.WorkshopService;
import org.peersupport.portal.workshop.WorkshopTopic;

/**
 * Workshops to look at: an online mindfulness morning the demo member has a seat at, a small
 * in-person evening that is full with a waitlist, one in Spanish, and a drop-in starting within
 * the hour so the facilitator can try check-in (runs after DemoMentorPool, whose people fill seats).
 */
@ApplicationScoped
public class DemoWorkshops {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Inject
    private AccountService accounts;

    @Inject
    private WorkshopService workshops;

    @Inject
    private Clock clock;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 680) DemoDataRequested request) {
        long facilitator = id("facilitator@demo.test");
        long member = id("member@demo.test");
        long miembro = id("miembro@demo.test");
        LocalDate today = LocalDate.now(clock.withZone(LONDON));

        Workshop mindful = published(facilitator, details("Mindful mornings: ten calm minutes", "Short breathing and grounding practices"
                + " you can use anywhere. Cameras optional; you can just listen.", WorkshopTopic.MINDFULNESS, Locale.ENGLISH,
                today.plusDays(5).atTime(9, 30), 60, LONDON, 12, AttendanceMode.ONLINE, null, "https://video.demo.test/mindful-mornings",
                "Is there anything that would help you take part (captions, a quiet start)?"));
        workshops.signUp(member, mindful.getId(), "Captions, please.", false);

        Workshop evenings = published(facilitator, details("Getting through difficult evenings", "A small group sharing coping skills"
                + " for the hours after work, with tea. Step-free access through the side door.", WorkshopTopic.COPING_SKILLS,
                Locale.ENGLISH, today.plusDays(9).atTime(18, 30), 90, LONDON, 3, AttendanceMode.IN_PERSON,
                "Community Room, 12 Harbour Street, London", null, null));
        for (String person : new String[] {"brave.fern", "open.field", "small.steps", "gentle.tide"}) {
            workshops.signUp(id(person + "@pool.demo.test"), evenings.getId(), null, false);
        }

        Workshop espanol = published(facilitator, details("Relaciones sanas: poner límites con cariño", "Un taller práctico para"
                + " decir que no sin culpa y cuidar los vínculos que nos hacen bien.", WorkshopTopic.RELATIONSHIPS, Locale.forLanguageTag("es"),
                today.plusDays(12).atTime(19, 0), 75, MADRID, 15, AttendanceMode.ONLINE, null, "https://video.demo.test/limites", null));
        workshops.signUp(miembro, espanol.getId(), null, false);

        LocalDateTime soon = LocalDateTime.now(clock.withZone(LONDON)).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        Workshop dropIn = published(facilitator, new WorkshopDetails("Coping skills drop-in", "Bring a worry, leave with one small"
                + " step. Drop in for as long as you like.", WorkshopTopic.COPING_SKILLS, Locale.ENGLISH, soon, soon.plusMinutes(60),
                LONDON, 10, AttendanceMode.IN_PERSON, "Library meeting room, 3 Mill Lane, London", null, soon, soon,
                WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null));
        workshops.signUp(member, dropIn.getId(), null, true);
        workshops.signUp(id("brave.fern@pool.demo.test"), dropIn.getId(), null, false);
        workshops.signUp(id("north.star@pool.demo.test"), dropIn.getId(), null, false);
    }

    /**
     * Two more for the members' pages: a small sleep evening nobody has signed up for yet (two
     * seats, so it fills and takes a waitlist), and a drawing morning whose sign-ups have closed.
     */
    @Transactional
    void loadMore(@Observes @Priority(Interceptor.Priority.APPLICATION + 681) DemoDataRequested request) {
        long facilitator = id("facilitator@demo.test");
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        published(facilitator, details("Winding down for better sleep", "Simple routines for the hour before bed, and what to do"
                + " when sleep will not come. A small group, so everyone can talk if they want to.", WorkshopTopic.STRESS_AND_SLEEP,
                Locale.ENGLISH, today.plusDays(14).atTime(19, 0), 60, LONDON, 2, AttendanceMode.IN_PERSON,
                "Quiet Room, Riverside Health Centre, 40 Bank Road, London", null, null));
        LocalDateTime drawingStart = today.plusDays(3).atTime(10, 0);
        LocalDateTime closedAnHourAgo = LocalDateTime.now(clock.withZone(LONDON)).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        published(facilitator, new WorkshopDetails("Drawing without judgement", "Pencils, paper and no right answers. Nobody needs"
                + " to show what they made.", WorkshopTopic.CREATIVE_EXPRESSION, Locale.ENGLISH, drawingStart, drawingStart.plusMinutes(90),
                LONDON, 8, AttendanceMode.IN_PERSON, "Art Room, 3 Mill Lane, London", null, closedAnHourAgo, closedAnHourAgo,
                WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null));
    }

    private Workshop published(long facilitator, WorkshopDetails details) {
        Workshop workshop = workshops.create(facilitator, facilitator, details);
        return workshops.publish(facilitator, workshop.getId());
    }

    /** Sign-ups close an hour before the start, cancellations a day before. */
    private static WorkshopDetails details(String title, String description, WorkshopTopic topic, Locale language, LocalDateTime start,
            int minutes, ZoneId zone, int capacity, AttendanceMode mode, String location, String link, String question) {
        return new WorkshopDetails(title, description, topic, language, start, start.plusMinutes(minutes), zone, capacity, mode, location,
                link, start.minusHours(1), start.minusDays(1), WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, question);
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

}
