package org.peersupport.portal.demo;

import static org.peersupport.portal.curriculum.progress.AttendanceMark.ABSENT;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.EXCUSED;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.LATE;
import static org.peersupport.portal.curriculum.progress.AttendanceMark.PRESENT;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortViews;
import org.peersupport.portal.curriculum.progress.AttendanceMark;
import org.peersupport.portal.curriculum.progress.ProgressService;
import org.peersupport.portal.curriculum.progress.ProgressService.SessionRef;

/**
 * A lived-in demo group (runs after DemoCbtCohort): four more members and the Spanish demo member
 * join the Tuesday group, and its sessions held so far carry attendance and homework, so the
 * figures page has rates, a chart and members at risk, and member@demo.test's progress is partial.
 */
@ApplicationScoped
public class DemoCohortProgress {

    /** Marks per member for the first held sessions, repeated from the start if more have been held. */
    private record Pattern(String name, String zone, String language, List<AttendanceMark> marks, List<Boolean> homework,
            String reflection) {}

    private static final List<Pattern> OTHERS = List.of(
            new Pattern("Still Meadow", "Europe/London", "en", List.of(PRESENT, ABSENT, ABSENT, ABSENT),
                    List.of(true, false, false, false), null),
            new Pattern("Harbour Light", "Europe/London", "en", List.of(PRESENT, PRESENT, PRESENT, PRESENT),
                    List.of(true, true, true, true), "The thought diary showed me how often I predict the worst."),
            new Pattern("Amber Path", "Europe/Dublin", "en", List.of(ABSENT, PRESENT, LATE, PRESENT),
                    List.of(false, true, true, false), null),
            new Pattern("Willow Bend", "Europe/London", "en", List.of(PRESENT, EXCUSED, PRESENT, PRESENT),
                    List.of(true, false, false, false), null));

    @Inject
    private AccountService accounts;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortViews cohortViews;

    @Inject
    private ProgressService progress;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 670) DemoDataRequested request) {
        long facilitator = accounts.findByEmail("facilitator@demo.test").orElseThrow().getId();
        long member = accounts.findByEmail("member@demo.test").orElseThrow().getId();
        long miembro = accounts.findByEmail("miembro@demo.test").orElseThrow().getId();
        long cohort = cohortViews.facilitatedBy(facilitator).stream().filter(c -> c.name().equals("Tuesday evenings, London"))
                .findFirst().orElseThrow().id();
        cohorts.join(miembro, cohort);
        List<Long> others = new ArrayList<>();
        for (Pattern p : OTHERS) {
            long id = person(p).longValue();
            cohorts.join(id, cohort);
            others.add(id);
        }
        List<SessionRef> held = progress.memberProgress(facilitator, cohort, member).sessions().stream()
                .map(ProgressService.SessionRecord::session).filter(SessionRef::held).toList();
        for (int i = 0; i < held.size(); i++) {
            long session = held.get(i).id();
            int at = i % 4;
            // member@demo.test: present, late, then an excused absence; homework for the first session only.
            progress.mark(facilitator, session, member, List.of(PRESENT, LATE, EXCUSED, PRESENT).get(at));
            if (at == 0) {
                progress.saveHomework(member, session, true, "Writing the situation down first made the thought easier to see.");
            }
            progress.mark(facilitator, session, miembro, PRESENT);
            if (at < 2) {
                progress.saveHomework(miembro, session, true, at == 0 ? "Me ayudó separar lo que pasó de lo que pensé." : null);
            }
            for (int o = 0; o < OTHERS.size(); o++) {
                Pattern p = OTHERS.get(o);
                progress.mark(facilitator, session, others.get(o), p.marks().get(at));
                if (p.homework().get(at)) {
                    progress.saveHomework(others.get(o), session, true, at == 0 ? p.reflection() : null);
                }
            }
        }
    }

    private Long person(Pattern p) {
        Registration registration = new Registration();
        registration.setEmail(p.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@group.demo.test");
        registration.setPassword(UUID.randomUUID().toString()); // nobody signs in as them: see DemoPasswords.NOBODY
        registration.setDisplayName(p.name());
        registration.setTimeZone(ZoneId.of(p.zone()));
        registration.setLanguage(p.language());
        registration.setGuidelinesAccepted(true);
        registration.setPrivacyAccepted(true);
        return accounts.register(registration, DemoPasswords.NOBODY).getId();
    }
}
