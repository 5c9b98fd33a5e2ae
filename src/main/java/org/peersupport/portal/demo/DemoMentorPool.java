package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentorshipWish;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.mentoring.WeeklySlot;

/**
 * A small mentoring pool for the demo: approved mentors with free places, an application waiting
 * for a coordinator, and members waiting for a match (the Spanish demo member among them), so the
 * coordinators' desk has something to run, review and publish. These extra people cannot sign in.
 */
@ApplicationScoped
public class DemoMentorPool {

    private static final String BIO = "I have been where you are, and I remember how heavy it felt. I listen first, share what"
            + " helped me, and never judge.";

    @Inject
    private AccountService accounts;

    @Inject
    private MentoringService mentoring;

    private record Person(String name, String zone, String language) {}

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoDataRequested request) {
        long admin = accounts.findByEmail("admin@demo.test").orElseThrow().getId();
        mentor(admin, new Person("Gentle Tide", "Europe/Madrid", "es"), EnumSet.of(ExperienceArea.ANXIETY, ExperienceArea.GRIEF),
                Set.of("es", "en"), Gender.WOMAN, AgeBand.FROM_35_TO_44, evenings(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2);
        mentor(admin, new Person("North Star", "America/Mexico_City", "es"), EnumSet.of(ExperienceArea.DEPRESSION, ExperienceArea.TRAUMA),
                Set.of("es"), Gender.MAN, AgeBand.FROM_45_TO_54, evenings(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), 3);
        mentor(admin, new Person("Open Field", "Europe/London", "en"), EnumSet.of(ExperienceArea.ANXIETY, ExperienceArea.OCD),
                Set.of("en"), Gender.NON_BINARY, AgeBand.FROM_25_TO_34, evenings(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), 1);
        long applicant = person(new Person("Small Steps", "Europe/Dublin", "en")).getId();
        mentoring.apply(applicant, new MentorApplication(EnumSet.of(ExperienceArea.ADDICTION_RECOVERY), "Six years sober.",
                Set.of("en"), ZoneId.of("Europe/Dublin"), evenings(DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), 2, null, AgeBand.FROM_45_TO_54,
                BIO, true));

        long miembro = accounts.findByEmail("miembro@demo.test").orElseThrow().getId();
        mentoring.requestMentor(miembro, new MentorshipWish(EnumSet.of(ExperienceArea.ANXIETY, ExperienceArea.DEPRESSION),
                Set.of("es"), ZoneId.of("Europe/Madrid"), evenings(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), null, null, null,
                "Prefiero hablar por las tardes."));
        long fern = person(new Person("Brave Fern", "Europe/London", "en")).getId();
        mentoring.requestMentor(fern, new MentorshipWish(EnumSet.of(ExperienceArea.OCD), Set.of("en"), ZoneId.of("Europe/London"),
                evenings(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), null, AgeBand.FROM_25_TO_34, AgeBand.FROM_45_TO_54, ""));
    }

    private void mentor(long admin, Person person, Set<ExperienceArea> areas, Set<String> languages, Gender gender, AgeBand age,
            WeeklyAvailability availability, int capacity) {
        Account account = person(person);
        mentoring.apply(account.getId(), new MentorApplication(areas, "", languages, ZoneId.of(person.zone()), availability, capacity,
                gender, age, BIO, true));
        mentoring.approve(admin, account.getId());
    }

    private Account person(Person person) {
        Registration registration = new Registration();
        String slug = person.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        registration.setEmail(slug + "@pool.demo.test");
        registration.setPassword(UUID.randomUUID().toString()); // nobody signs in as them: see DemoPasswords.NOBODY
        registration.setDisplayName(person.name());
        registration.setTimeZone(ZoneId.of(person.zone()));
        registration.setLanguage(person.language());
        registration.setGuidelinesAccepted(true);
        registration.setPrivacyAccepted(true);
        return accounts.register(registration, DemoPasswords.NOBODY);
    }

    private static WeeklyAvailability evenings(DayOfWeek... days) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (DayOfWeek day : days) {
            slots.add(new WeeklySlot(day, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        }
        return new WeeklyAvailability(slots);
    }
}
