package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;

/**
 * The demo CBT programme run as a Tuesday-evening group in London that began three weeks ago, with
 * the demo member already enrolled, so the programme pages show a real schedule and the first
 * sessions can carry attendance and homework (runs after DemoCbtCurriculum, before DemoCohortProgress).
 */
@ApplicationScoped
public class DemoCbtCohort {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    private AccountService accounts;

    @Inject
    private CurriculumService curricula;

    @Inject
    private CohortService cohorts;

    @Inject
    private Clock clock;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 660) DemoDataRequested request) {
        long facilitator = accounts.findByEmail("facilitator@demo.test").orElseThrow().getId();
        long member = accounts.findByEmail("member@demo.test").orElseThrow().getId();
        long version = curricula.published().stream().filter(p -> p.version().getTitle().equals("CBT skills group: eight weeks"))
                .findFirst().orElseThrow().version().getId();
        LocalDate threeWeeksAgo = LocalDate.now(clock.withZone(LONDON)).minusWeeks(3);
        Cohort cohort = cohorts.createCohort(facilitator, version,
                new CohortDetails("Tuesday evenings, London", 8, LONDON, "https://video.demo.test/cbt-tuesday", EnrolmentMode.OPEN),
                new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), threeWeeksAgo.with(DayOfWeek.MONDAY), 90));
        cohorts.join(member, cohort.getId());
    }
}
