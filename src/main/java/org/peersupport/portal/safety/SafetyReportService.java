package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;

/**
 * Reports for admins on the crisis pathway: alerts by severity, time to acknowledge, escalations,
 * outcomes and held posts. Read-only, two queries a report: the alerts of the period (a small
 * projection, aggregated in {@link SafetyReport}) and the review items counted per day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SafetyReportService {

    /** The periods an admin can choose, in days back from now. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);
    public static final int DEFAULT_PERIOD = 30;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CrisisResponse response;

    @Inject
    private ModerationService moderation;

    /** The last {@code days} days up to now; a period not offered falls back to the default. */
    public SafetyReport lastDays(int days) {
        int period = PERIODS.contains(days) ? days : DEFAULT_PERIOD;
        Instant now = clock.instant();
        return between(now.minus(Duration.ofDays(period)), now);
    }

    /** Everything raised or held in [from, to). */
    public SafetyReport between(Instant from, Instant to) {
        List<SafetyReport.AlertFacts> alerts = em.createNamedQuery(CrisisAlert.REPORT_FACTS, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new SafetyReport.AlertFacts((CrisisSeverity) r[0], (Instant) r[1], (Instant) r[2], (Instant) r[3],
                        (CrisisOutcome) r[4]))
                .toList();
        return SafetyReport.of(from, to, alerts, moderation.reviewItemsPerDay(from, to),
                response.policy().acknowledgeWithin());
    }
}
