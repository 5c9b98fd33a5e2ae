package org.peersupport.portal.curriculum.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.CurriculumAudit;
import org.peersupport.portal.curriculum.cohort.EnrolmentStatus;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.calendar.PersonalCalendar;
import org.peersupport.portal.shared.persistence.InstantConverter;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * Published schedules: the sessions of the cohorts a member is enrolled in (and, for facilitators,
 * those they run), for the calendar page and .ics files, and each member's private feed link.
 * A calendar is read with a fixed number of queries, whatever its size.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    /** How far back a feed reaches: recent sessions stay in a calendar app for a while. */
    public static final Duration FEED_PAST = PersonalCalendar.FEED_PAST;

    static final String FEED_CREATED = CurriculumAudit.CALENDAR_FEED_CREATED.name();
    static final String FEED_REPLACED = CurriculumAudit.CALENDAR_FEED_REPLACED.name();

    /** Sessions last at most 480 minutes (WeeklyRule), so one starting this long before a range cannot reach into it. */
    private static final Duration LONGEST_SESSION = Duration.ofMinutes(480);

    /** Who may run a cohort, as {@link Access#mayActAs(Account, Role)} says for FACILITATOR, for queries. */
    private static final List<Role> STAFF_ROLES = List.of(Role.FACILITATOR, Role.ADMIN);

    private static final String SESSIONS = "SELECT s.id, c.id, c.name, s.number, vs.title, vs.topic, s.startsAt, s.durationMinutes,"
            + " c.timeZone, s.cancelled, s.sequence, c.location"
            + " FROM CohortSession s JOIN s.cohort c, CurriculumVersionSession vs"
            + " WHERE vs.version.id = c.versionId AND vs.number = s.number AND c.id IN :cohorts";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    /** The member's sessions overlapping [from, to), in start order: one query for the cohorts, one for the sessions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> entriesFor(long memberId, @NotNull Instant from, @NotNull Instant to) {
        Cohorts mine = cohortsOf(memberId);
        if (mine.all().isEmpty()) {
            return List.of();
        }
        return em.createQuery(SESSIONS + " AND s.startsAt > :earliest AND s.startsAt < :to ORDER BY s.startsAt, s.id", Object[].class)
                .setParameter("cohorts", mine.all()).setParameter("earliest", from.minus(LONGEST_SESSION)).setParameter("to", to)
                .getResultList().stream().map(row -> entry(row, mine.facilitated()))
                .filter(e -> e.endsAt().isAfter(from)).toList();
    }

    /** When the member's next session (not cancelled) starts, for opening the calendar there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> nextSession(long memberId) {
        Cohorts mine = cohortsOf(memberId);
        if (mine.all().isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s.startsAt FROM CohortSession s WHERE s.cohort.id IN :cohorts AND s.cancelled = FALSE"
                + " AND s.startsAt > :now ORDER BY s.startsAt", Object.class).setParameter("cohorts", mine.all())
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst().map(InstantConverter::fromStored);
    }

    /** What a feed holds: the member's sessions from four weeks ago on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> feedFor(long memberId) {
        return entriesFor(memberId, clock.instant().minus(FEED_PAST), Instant.parse("9999-01-01T00:00:00Z"));
    }

    /** Every session of one cohort, for a member with a place or its staff; anyone else is told it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarEntry> cohortFor(long viewerId, long cohortId) {
        Account viewer = accounts.getAccount(viewerId);
        boolean facilitating = staff(viewer) && !em.createQuery(
                "SELECT c.id FROM Cohort c JOIN c.facilitatorIds f WHERE c.id = :cohort AND f = :viewer", Long.class)
                .setParameter("cohort", cohortId).setParameter("viewer", viewerId).getResultList().isEmpty();
        boolean allowed = Access.mayActAs(viewer, Role.FACILITATOR, facilitating) || !em.createQuery(
                "SELECT e.id FROM Enrolment e WHERE e.cohortId = :cohort AND e.memberId = :member AND e.status = :enrolled", Long.class)
                .setParameter("cohort", cohortId).setParameter("member", viewerId)
                .setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultList().isEmpty();
        if (!allowed) {
            throw new NotFoundException("calendar of cohort " + cohortId);
        }
        List<CalendarEntry> entries = em.createQuery(SESSIONS + " ORDER BY s.startsAt, s.id", Object[].class)
                .setParameter("cohorts", List.of(cohortId)).getResultList().stream()
                .map(row -> entry(row, facilitating ? Set.of(cohortId) : Set.of())).toList();
        if (entries.isEmpty()) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return entries;
    }

    /**
     * A new secret feed link for the member, replacing any earlier one (which stops working at once).
     * Returns the token itself: it is not stored, so this is the only time it can be shown.
     */
    public String createFeed(long memberId) {
        accounts.getAccount(memberId);
        String token = SecretToken.newToken();
        String hash = SecretToken.hash(token);
        Instant now = clock.instant();
        Optional<CalendarFeed> existing = em.createNamedQuery(CalendarFeed.OF_MEMBER, CalendarFeed.class)
                .setParameter("member", memberId).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().replace(hash, now);
            audit.record(memberId, CurriculumAudit.CALENDAR_FEED_REPLACED, AuditTrail.SUBJECT_ACCOUNT, memberId, "calendar feed link replaced");
        } else {
            em.persist(new CalendarFeed(memberId, hash, now));
            audit.record(memberId, CurriculumAudit.CALENDAR_FEED_CREATED, AuditTrail.SUBJECT_ACCOUNT, memberId, "calendar feed link created");
        }
        em.flush();
        return token;
    }

    /** When the member's current link was made, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> feedCreatedAt(long memberId) {
        return em.createNamedQuery(CalendarFeed.OF_MEMBER, CalendarFeed.class).setParameter("member", memberId)
                .getResultStream().findFirst().map(CalendarFeed::getCreatedAt);
    }

    /**
     * The member a feed token belongs to; empty for anything else (malformed, replaced, never made),
     * and while the member is suspended: the feed carries the groups' links, so it rests with the account.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> memberOfFeed(String token) {
        return accountOfFeed(token).map(Account::getId);
    }

    /** As {@link #memberOfFeed}, with the member's account, which the feed's file needs anyway (read once, not twice). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> accountOfFeed(String token) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarFeed.ACCOUNT_BY_HASH, Account.class).setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .filter(member -> !member.isSuspendedAt(clock.instant()));
    }

    /**
     * The cohorts in someone's calendar: those with a place, and for facilitators (or admins) those they run.
     * One statement, the account's roles checked in it: a feed or calendar is read without the account.
     */
    private Cohorts cohortsOf(long memberId) {
        Set<Long> all = new HashSet<>();
        Set<Long> facilitated = new HashSet<>();
        em.createQuery("SELECT e.cohortId, 0 FROM Enrolment e WHERE e.memberId = :member AND e.status = :enrolled"
                + " UNION SELECT c.id, 1 FROM Cohort c JOIN c.facilitatorIds f WHERE f = :member"
                + " AND EXISTS (SELECT a.id FROM Account a JOIN a.roles r WHERE a.id = :member AND r IN :staff)", Object[].class)
                .setParameter("member", memberId).setParameter("enrolled", EnrolmentStatus.ENROLLED)
                .setParameter("staff", STAFF_ROLES).getResultList().forEach(row -> {
                    all.add((Long) row[0]);
                    if (((Number) row[1]).intValue() == 1) {
                        facilitated.add((Long) row[0]);
                    }
                });
        return new Cohorts(all, facilitated);
    }

    private static boolean staff(Account account) {
        return Access.mayActAs(account, Role.FACILITATOR);
    }

    private static CalendarEntry entry(Object[] row, Set<Long> facilitated) {
        long cohortId = (Long) row[1];
        Instant start = InstantConverter.fromStored(row[6]);
        // Every row is a cohort the reader is enrolled in or runs, so the place may be shown.
        return new CalendarEntry((Long) row[0], cohortId, (String) row[2], (Integer) row[3], (String) row[4], (String) row[5],
                start, start.plus(Duration.ofMinutes((Integer) row[7])), ZoneId.of((String) row[8]), (Boolean) row[9],
                (Integer) row[10], facilitated.contains(cohortId), Optional.of((String) row[11]));
    }

    private record Cohorts(Set<Long> all, Set<Long> facilitated) {}
}
