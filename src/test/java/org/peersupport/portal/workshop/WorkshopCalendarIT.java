package org.peersupport.portal.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.SessionContent;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.shared.calendar.IcsEvent;
import org.peersupport.portal.shared.calendar.PersonalCalendar;
import org.peersupport.portal.shared.calendar.PersonalEvent;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The member's one calendar inside Payara Micro against MariaDB: the feed holds group sessions and
 * workshops together, a postponed or cancelled workshop comes back with a higher SEQUENCE under the
 * same UID, and a registration's own file exists only for a member who holds (or held) a seat or an offer.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopCalendarIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern SEQUENCE = Pattern.compile("\r\nSEQUENCE:(\\d+)\r\n");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(WorkshopCalendarIT.class, TestPeople.class);
    }

    @Inject
    private PersonalCalendar calendar;

    @Inject
    private WorkshopCalendar workshopCalendar;

    @Inject
    private WorkshopService workshops;

    @Inject
    private CohortService cohorts;

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theFeedHoldsTheMembersGroupSessionsAndWorkshopsAndAMovedWorkshopComesBackWithAHigherSequence() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        Account member = member();
        Cohort cohort = cohort(facilitator);
        cohorts.join(member.getId(), cohort.getId());
        LocalDateTime start = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.HOURS).plusDays(10).withHour(10);
        Workshop workshop = published(facilitator, "Mindful mornings " + run, start, 12);
        workshops.signUp(member.getId(), workshop.getId(), null, false);
        Workshop elsewhere = published(facilitator, "Someone else's " + run, start, 12);

        List<PersonalEvent> feed = calendar.feedFor(member.getId(), Locale.ENGLISH);

        assertThat(feed).extracting(PersonalEvent::category).containsExactlyInAnyOrder("attending", "attending", "workshop");
        assertThat(feed).extracting(PersonalEvent::start).isSorted();
        PersonalEvent booked = workshopIn(feed);
        assertThat(booked.uid()).isEqualTo("workshop-" + workshop.getId() + "@peersupport.portal");
        assertThat(booked.title()).isEqualTo("Workshop: Mindful mornings " + run);
        assertThat(booked.path()).isEqualTo("/workshops/workshop.xhtml?id=" + workshop.getId());
        assertThat(booked.location()).as("the video link, for a confirmed seat").contains(link("mindful"));
        assertThat(booked.status()).isEqualTo(IcsEvent.Status.CONFIRMED);
        assertThat(feed).extracting(PersonalEvent::uid).doesNotContain("workshop-" + elsewhere.getId() + "@peersupport.portal");
        String ics = calendar.ics("Mine", feed, LONDON, "https://portal.example");
        assertThat(ics).contains("UID:workshop-" + workshop.getId() + "@peersupport.portal").contains("UID:cohort-session-")
                .contains("URL:https://portal.example/workshops/workshop.xhtml?id=" + workshop.getId());
        assertThat(calendar.nextStart(member.getId())).contains(feed.get(0).start());

        workshops.postpone(facilitator.getId(), workshop.getId(), details("Mindful mornings " + run, start.plusDays(2), 12));
        PersonalEvent moved = workshopIn(calendar.feedFor(member.getId(), Locale.ENGLISH));
        assertThat(moved.uid()).isEqualTo(booked.uid());
        assertThat(moved.sequence()).isGreaterThan(booked.sequence());
        assertThat(moved.start()).isEqualTo(start.plusDays(2).atZone(LONDON).toInstant());

        workshops.cancel(facilitator.getId(), workshop.getId());
        PersonalEvent cancelled = workshopIn(calendar.feedFor(member.getId(), Locale.ENGLISH));
        assertThat(cancelled.status()).isEqualTo(IcsEvent.Status.CANCELLED);
        assertThat(cancelled.sequence()).isGreaterThan(moved.sequence());
        assertThat(cancelled.title()).startsWith("Cancelled: Workshop: ");
        assertThat(calendar.feedFor(member.getId(), Locale.ENGLISH)).extracting(PersonalEvent::category)
                .as("the group sessions stay").containsOnlyOnce("workshop").contains("attending");
    }

    @Test
    void aRegistrationsFileIsOnlyForTheMemberWithASeatOrOfferAndTurnsCancelledWithAHigherSequence() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        Account seated = member();
        Account waiting = member();
        Account stranger = member();
        LocalDateTime start = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.HOURS).plusDays(6).withHour(18);
        Workshop workshop = published(facilitator, "One seat, " + run + "; tea", start, 1);
        workshops.signUp(seated.getId(), workshop.getId(), null, false);
        workshops.signUp(waiting.getId(), workshop.getId(), null, false);
        Workshop draft = workshops.create(facilitator.getId(), facilitator.getId(), details("Draft " + run, start, 5));

        assertThat(file(stranger, workshop)).as("not registered").isEmpty();
        assertThat(file(waiting, workshop)).as("only in line").isEmpty();
        assertThat(file(seated, draft)).isEmpty();
        assertThat(workshopCalendar.registrationFile(seated.getId(), Long.MAX_VALUE, Locale.ENGLISH, LONDON, "https://p.example")).isEmpty();
        String held = file(seated, workshop).orElseThrow();
        assertThat(held).contains("STATUS:CONFIRMED").contains("UID:workshop-" + workshop.getId() + "@peersupport.portal")
                .contains("DTSTART;TZID=Europe/London:").contains("BEGIN:VTIMEZONE").contains("LOCATION:" + link("mindful"))
                .contains("SUMMARY:Workshop: One seat\\, " + run + "\\; tea");

        workshops.cancelRegistration(seated.getId(), workshop.getId());

        String given = file(seated, workshop).orElseThrow();
        assertThat(given).contains("STATUS:CANCELLED").contains("UID:workshop-" + workshop.getId() + "@peersupport.portal")
                .doesNotContain(link("mindful"));
        assertThat(sequence(given)).isGreaterThan(sequence(held));
        String offered = file(waiting, workshop).orElseThrow();
        assertThat(offered).as("the seat is offered to the next in line").contains("STATUS:TENTATIVE").doesNotContain("LOCATION:");
        assertThat(calendar.feedFor(waiting.getId(), Locale.ENGLISH)).extracting(PersonalEvent::status)
                .containsExactly(IcsEvent.Status.TENTATIVE);
        assertThat(calendar.feedFor(seated.getId(), Locale.ENGLISH)).as("a seat given up leaves the feed").isEmpty();
    }

    private java.util.Optional<String> file(Account member, Workshop workshop) {
        return workshopCalendar.registrationFile(member.getId(), workshop.getId(), Locale.ENGLISH, LONDON, "https://p.example");
    }

    private static int sequence(String ics) {
        Matcher matcher = SEQUENCE.matcher(ics);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static PersonalEvent workshopIn(List<PersonalEvent> feed) {
        return feed.stream().filter(e -> e.category().equals("workshop")).findFirst().orElseThrow();
    }

    private Workshop published(Account facilitator, String title, LocalDateTime start, int capacity) {
        Workshop workshop = workshops.create(facilitator.getId(), facilitator.getId(), details(title, start, capacity));
        return workshops.publish(facilitator.getId(), workshop.getId());
    }

    private WorkshopDetails details(String title, LocalDateTime start, int capacity) {
        return new WorkshopDetails(title, "Short breathing practices.", WorkshopTopic.MINDFULNESS, Locale.ENGLISH, start,
                start.plusMinutes(60), LONDON, capacity, AttendanceMode.ONLINE, null, link("mindful"), start.minusHours(1),
                start.minusDays(1), WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null);
    }

    private Cohort cohort(Account facilitator) {
        var draft = curricula.create(facilitator.getId(),
                new CurriculumDetails("Managing anxiety", "Adults on the waiting list for therapy", "A short skills group."));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Understanding anxiety"));
        curricula.addSession(facilitator.getId(), draft.getId(), session("Breathing and grounding"));
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Group " + run, 8, LONDON, link("group"), EnrolmentMode.OPEN),
                new WeeklyRule(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalDate.now().plusWeeks(1), 90));
    }

    private String link(String name) {
        return "https://video.example/" + run + "/" + name;
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private static SessionContent session(String title) {
        return new SessionContent(title, "Topic of " + title, "About " + title + ".", "Try it in pairs.", "Practise once a day.");
    }
}
