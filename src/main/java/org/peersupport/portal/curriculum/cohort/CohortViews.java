package org.peersupport.portal.curriculum.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.CurriculumVersionSession;
import org.peersupport.portal.shared.NotFoundException;

/**
 * Cohorts as people see them: one cohort as its viewer may see it, and the lists to choose one
 * from. Reads only; {@link CohortService} changes cohorts and places.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortViews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    /** One session as a viewer sees it: the dates of the cohort with the title and topic of the version. */
    public record SessionView(long id, int number, String title, String topic, Instant startsAt, Instant endsAt,
            boolean cancelled, int sequence) {}

    /** A member or staff name next to an enrolment, for the facilitator's lists. */
    public record MemberEntry(long memberId, String displayName, EnrolmentStatus status) {}

    /**
     * A cohort as one viewer may see it. {@code location} is empty unless the viewer is enrolled
     * or is one of its facilitators or an admin; {@code pending} lists requests and invitations for staff only.
     */
    public record CohortView(long id, String name, String curriculumTitle, String audience, long versionId,
            List<String> facilitatorNames, EnrolmentMode mode, int capacity, int placesLeft, ZoneId timeZone,
            Optional<String> location, Optional<EnrolmentStatus> viewerStatus, boolean staff,
            List<SessionView> upcoming, List<MemberEntry> members) {

        public boolean isEnrolled() {
            return viewerStatus.filter(EnrolmentStatus.ENROLLED::equals).isPresent();
        }

        public boolean isInvited() {
            return viewerStatus.filter(EnrolmentStatus.INVITED::equals).isPresent();
        }

        public boolean isRequested() {
            return viewerStatus.filter(EnrolmentStatus.REQUESTED::equals).isPresent();
        }

        public boolean isFull() {
            return placesLeft <= 0;
        }
    }

    /** A cohort in a list: enough to choose one. */
    public record CohortSummary(long id, String name, String curriculumTitle, EnrolmentMode mode, int placesLeft, int capacity,
            Optional<Instant> nextSession) {}

    /** What this viewer may see of the cohort: the location only for enrolled members and its staff. */
    public CohortView cohortView(long viewerId, long cohortId) {
        // The cohort with its sessions and facilitators in one statement: cohorts are not in the shared cache (see Cohort).
        Cohort cohort = em.createQuery("SELECT DISTINCT c FROM Cohort c LEFT JOIN FETCH c.sessions LEFT JOIN FETCH c.facilitatorIds"
                + " WHERE c.id = :id", Cohort.class).setParameter("id", cohortId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("cohort " + cohortId));
        Account viewer = accounts.getAccount(viewerId);
        CurriculumVersion version = em.find(CurriculumVersion.class, cohort.getVersionId());
        boolean staff = cohort.isManagedBy(viewer);
        // Places taken and the viewer's own status in one statement: a row per status, with whether the viewer has it.
        long taken = 0;
        Optional<EnrolmentStatus> status = Optional.empty();
        for (Object[] row : em.createQuery("SELECT e.status, COUNT(e), SUM(CASE WHEN e.memberId = :viewer THEN 1 ELSE 0 END)"
                + " FROM Enrolment e WHERE e.cohortId = :cohort GROUP BY e.status", Object[].class)
                .setParameter("cohort", cohortId).setParameter("viewer", viewerId).getResultList()) {
            EnrolmentStatus rowStatus = (EnrolmentStatus) row[0];
            if (rowStatus == EnrolmentStatus.ENROLLED) {
                taken = ((Number) row[1]).longValue();
            }
            if (((Number) row[2]).longValue() > 0) {
                status = Optional.of(rowStatus);
            }
        }
        boolean enrolled = status.filter(EnrolmentStatus.ENROLLED::equals).isPresent();
        Instant now = clock.instant();
        List<CurriculumVersionSession> versionSessions = version.getSessions();
        // Sorted here: a join over two lists need not keep the mapping's order.
        List<SessionView> upcoming = cohort.getSessions().stream().filter(s -> s.getEndsAt().isAfter(now))
                .sorted(Comparator.comparingInt(CohortSession::getNumber))
                .map(s -> {
                    CurriculumVersionSession content = versionSessions.get(s.getNumber() - 1);
                    return new SessionView(s.getId(), s.getNumber(), content.getTitle(), content.getTopic(),
                            s.getStartsAt(), s.getEndsAt(), s.isCancelled(), s.getSequence());
                }).toList();
        List<Enrolment> enrolments = staff ? em.createNamedQuery(Enrolment.OF_COHORT, Enrolment.class)
                .setParameter("cohort", cohortId).getResultList() : List.of();
        Set<Long> named = new HashSet<>(cohort.getFacilitatorIds());
        enrolments.forEach(e -> named.add(e.getMemberId()));
        Map<Long, String> names = accounts.displayNamesOf(named);
        List<MemberEntry> members = enrolments.stream()
                .map(e -> new MemberEntry(e.getMemberId(), names.get(e.getMemberId()), e.getStatus())).toList();
        return new CohortView(cohortId, cohort.getName(), version.getTitle(), version.getAudience(), version.getId(),
                cohort.getFacilitatorIds().stream().map(names::get).sorted().toList(),
                cohort.getMode(), cohort.getCapacity(), Math.max(0, cohort.getCapacity() - (int) taken), cohort.getTimeZone(),
                staff || enrolled ? Optional.of(cohort.getLocation()) : Optional.empty(), status, staff, upcoming, members);
    }

    /** The cohorts the actor facilitates, newest first. */
    public List<CohortSummary> facilitatedBy(long actorId) {
        return summaries(em.createNamedQuery(Cohort.FACILITATED_BY, Cohort.class).setParameter("facilitator", actorId)
                .setMaxResults(200).getResultList());
    }

    /** Cohorts a member can join or ask to join (not invitation-only), with a session still to come. */
    public List<CohortSummary> openToJoin() {
        return summaries(em.createNamedQuery(Cohort.JOINABLE, Cohort.class).setParameter("invitation", EnrolmentMode.INVITATION)
                .setMaxResults(200).getResultList()).stream().filter(s -> s.nextSession().isPresent()).toList();
    }

    /** Three queries for the whole list, whatever its length: titles, places taken, next sessions. */
    private List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> cohortIds = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, String> titles = new HashMap<>();
        em.createQuery("SELECT v.id, v.title FROM CurriculumVersion v WHERE v.id IN :ids", Object[].class)
                .setParameter("ids", cohorts.stream().map(Cohort::getVersionId).distinct().toList()).getResultList()
                .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("SELECT e.cohortId, COUNT(e) FROM Enrolment e WHERE e.cohortId IN :ids AND e.status = :status GROUP BY e.cohortId",
                Object[].class).setParameter("ids", cohortIds).setParameter("status", EnrolmentStatus.ENROLLED).getResultList()
                .forEach(row -> taken.put((Long) row[0], ((Number) row[1]).longValue()));
        Map<Long, Instant> next = new HashMap<>();
        em.createQuery("SELECT s.cohort.id, s.startsAt FROM CohortSession s WHERE s.cohort.id IN :ids AND s.cancelled = FALSE"
                + " AND s.startsAt > :now ORDER BY s.startsAt", Object[].class)
                .setParameter("ids", cohortIds).setParameter("now", clock.instant()).getResultList()
                .forEach(row -> next.putIfAbsent((Long) row[0], (Instant) row[1]));
        return cohorts.stream().map(c -> new CohortSummary(c.getId(), c.getName(), titles.get(c.getVersionId()), c.getMode(),
                Math.max(0, c.getCapacity() - taken.getOrDefault(c.getId(), 0L).intValue()), c.getCapacity(),
                Optional.ofNullable(next.get(c.getId())))).toList();
    }
}
