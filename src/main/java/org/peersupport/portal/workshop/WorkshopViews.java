package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.persistence.InstantConverter;

/**
 * What people see of workshops, each read with a fixed number of queries: the public listing
 * (never who signed up), one workshop with the reader's own standing, the host's attendee list
 * and figures, and the workshops in a member's calendar.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkshopViews {

    public static final String PAGE = "/workshops/workshop.xhtml";
    /** The host may check people in from two hours before the start. */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Access access;

    @Inject
    private AccountService accounts;

    /** Published workshops that have not ended and match the filter, soonest first; one page of them. */
    public List<WorkshopCard> listing(WorkshopFilter filter, int first, int size) {
        List<Workshop> workshops = filtered("SELECT w FROM Workshop w", filter, " ORDER BY w.startsAt, w.id", Workshop.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return cards(workshops);
    }

    public long count(WorkshopFilter filter) {
        return filtered("SELECT COUNT(w) FROM Workshop w", filter, "", Long.class).getSingleResult();
    }

    /** All of a host's workshops (every one, for an admin), drafts included, newest start first. */
    public List<WorkshopCard> managedBy(long actorId) {
        Account actor = access.require(actorId, Role.FACILITATOR, "Only facilitators manage workshops");
        boolean admin = Access.mayActAs(actor, Role.ADMIN);
        return cards(em.createQuery("SELECT w FROM Workshop w WHERE :admin = TRUE OR w.hostId = :actor OR w.createdBy = :actor"
                + " ORDER BY w.startsAt DESC, w.id DESC", Workshop.class).setParameter("admin", admin).setParameter("actor", actorId)
                .setMaxResults(200).getResultList());
    }

    /**
     * One workshop for a reader (empty for a visitor): its card, the reader's registration and place
     * in line, and the video link only for a confirmed attendee or its staff. A draft is not found
     * by members and visitors.
     */
    public WorkshopView view(Optional<Long> readerId, long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId);
        boolean staff = readerId.map(id -> mayManage(id, workshop)).orElse(false);
        if (workshop == null || workshop.getStatus() == WorkshopStatus.DRAFT && !staff) {
            throw new NotFoundException("workshop " + workshopId);
        }
        Optional<WorkshopRegistration> mine = readerId.flatMap(id -> em.createNamedQuery(WorkshopRegistration.OF_MEMBER,
                WorkshopRegistration.class).setParameter("workshop", workshopId).setParameter("member", id).getResultStream().findFirst());
        Optional<Integer> position = mine.filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .map(r -> 1 + em.createQuery("SELECT COUNT(r) FROM WorkshopRegistration r WHERE r.workshopId = :workshop"
                        + " AND r.status = :waiting AND r.waitlistNumber < :number", Long.class).setParameter("workshop", workshopId)
                        .setParameter("waiting", RegistrationStatus.WAITLISTED).setParameter("number", r.getWaitlistNumber().orElseThrow())
                        .getSingleResult().intValue());
        boolean confirmed = mine.filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
        Optional<String> link = staff || confirmed ? workshop.getOnlineLink() : Optional.empty();
        return new WorkshopView(cards(List.of(workshop)).get(0), workshop.details(), mine, position, link, staff,
                workshop.getSequence());
    }

    /** The member's registrations for workshops that have not ended, soonest first. */
    public List<MyWorkshop> upcomingFor(long memberId) {
        // The registrations with their workshops in one statement (the dashboard's card, issue 20).
        List<Object[]> rows = em.createQuery("SELECT r, w FROM WorkshopRegistration r, Workshop w"
                + " WHERE w.id = r.workshopId AND r.memberId = :member AND r.status IN :active AND w.endsAt > :now ORDER BY w.startsAt",
                Object[].class).setParameter("member", memberId).setParameter("active", ACTIVE)
                .setParameter("now", clock.instant()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkshopCard> cards = new HashMap<>();
        cards(rows.stream().map(row -> (Workshop) row[1]).distinct().toList()).forEach(card -> cards.put(card.id(), card));
        return rows.stream().map(row -> (WorkshopRegistration) row[0])
                .map(r -> new MyWorkshop(cards.get(r.getWorkshopId()), r)).toList();
    }

    /** Where the member stands in line at each workshop they wait for (workshop id to place, 1 = next): one query. */
    public Map<Long, Integer> waitlistPositionsOf(long memberId) {
        Map<Long, Integer> positions = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.workshopId, COUNT(o) FROM WorkshopRegistration r, WorkshopRegistration o"
                + " WHERE r.memberId = :member AND r.status = :waiting AND o.workshopId = r.workshopId AND o.status = :waiting"
                + " AND o.waitlistNumber <= r.waitlistNumber GROUP BY r.workshopId", Object[].class).setParameter("member", memberId)
                .setParameter("waiting", RegistrationStatus.WAITLISTED).getResultList()) {
            positions.put((Long) row[0], ((Long) row[1]).intValue());
        }
        return positions;
    }

    /** Everyone registered, for the host's day-of list and export: display names, and e-mail only where the member agreed. */
    public List<Attendee> attendees(long actorId, long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId);
        if (workshop == null || !mayManage(actorId, workshop)) {
            throw new NotFoundException("workshop " + workshopId);
        }
        List<WorkshopRegistration> registrations = em.createNamedQuery(WorkshopRegistration.OF_WORKSHOP, WorkshopRegistration.class)
                .setParameter("workshop", workshopId).getResultList();
        Map<Long, Account> people = new HashMap<>();
        if (!registrations.isEmpty()) {
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                    .setParameter("ids", registrations.stream().map(WorkshopRegistration::getMemberId).toList())
                    .getResultList().forEach(a -> people.put(a.getId(), a));
        }
        int[] line = {0};
        return registrations.stream().map(r -> {
            Account person = people.get(r.getMemberId());
            Optional<Integer> position = r.getStatus() == RegistrationStatus.WAITLISTED ? Optional.of(++line[0]) : Optional.empty();
            return new Attendee(r.getId(), person.getDisplayName(), r.getStatus(), position, r.getAnswer(),
                    r.isShareContact() ? Optional.of(person.getEmail()) : Optional.empty(), r.getAttendance(), r.isCancelledLate());
        }).toList();
    }

    /** The figures of the workshops this person manages (all of them for an admin), newest first. */
    public List<WorkshopFigures> figures(long actorId) {
        List<WorkshopCard> managed = managedBy(actorId);
        if (managed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = managed.stream().map(WorkshopCard::id).toList();
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.workshopId, r.status, r.attendance, r.cancelledLate, COUNT(r)"
                + " FROM WorkshopRegistration r WHERE r.workshopId IN :ids GROUP BY r.workshopId, r.status, r.attendance, r.cancelledLate",
                Object[].class).setParameter("ids", ids).getResultList()) {
            int[] c = counts.computeIfAbsent((Long) row[0], id -> new int[5]);
            int n = ((Long) row[4]).intValue();
            RegistrationStatus status = (RegistrationStatus) row[1];
            if (status == RegistrationStatus.CONFIRMED) {
                c[0] += n;
                if (row[2] == CheckIn.ATTENDED) {
                    c[3] += n;
                } else if (row[2] == CheckIn.NO_SHOW) {
                    c[4] += n;
                }
            } else if (status == RegistrationStatus.WAITLISTED) {
                c[1] += n;
            } else if (status == RegistrationStatus.CANCELLED) {
                c[2] += n;
            }
        }
        return managed.stream().map(card -> {
            int[] c = counts.getOrDefault(card.id(), new int[5]);
            return new WorkshopFigures(card, c[0], c[1], c[2], c[3], c[4]);
        }).toList();
    }

    /** The member's workshops (with a seat or an offer) overlapping [from, to), for the one personal calendar. */
    public List<WorkshopCalendarEntry> calendarFor(long memberId, Instant from, Instant to) {
        return em.createQuery("SELECT w, r FROM Workshop w, WorkshopRegistration r WHERE r.workshopId = w.id AND r.memberId = :member"
                + " AND r.status IN :seat AND w.status <> :draft"
                + " AND w.endsAt > :from AND w.startsAt < :to ORDER BY w.startsAt", Object[].class)
                .setParameter("member", memberId).setParameter("seat", SEAT)
                .setParameter("draft", WorkshopStatus.DRAFT)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(row -> WorkshopCalendarEntry.of((Workshop) row[0], (WorkshopRegistration) row[1])).toList();
    }

    /** When the member's next workshop with a seat or an offer starts (not cancelled), for opening the calendar there. */
    public Optional<Instant> nextFor(long memberId) {
        return em.createQuery("SELECT w.startsAt FROM Workshop w, WorkshopRegistration r WHERE r.workshopId = w.id"
                + " AND r.memberId = :member AND r.status IN :seat AND w.status = :published AND w.startsAt > :now ORDER BY w.startsAt",
                Object.class).setParameter("member", memberId).setParameter("seat", SEAT).setParameter("published", WorkshopStatus.PUBLISHED)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst().map(InstantConverter::fromStored);
    }

    /**
     * The member's own registration as a calendar entry, for its .ics file: also once cancelled (or the
     * workshop is), so the file tells a calendar app to remove it. Empty with no registration, with
     * only a place in line (nothing to put in a calendar yet), or for a draft.
     */
    public Optional<WorkshopCalendarEntry> calendarEntry(long memberId, long workshopId) {
        return em.createQuery("SELECT w, r FROM Workshop w, WorkshopRegistration r WHERE r.workshopId = w.id AND w.id = :workshop"
                + " AND r.memberId = :member AND r.status <> :waiting AND w.status <> :draft", Object[].class)
                .setParameter("workshop", workshopId).setParameter("member", memberId).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("draft", WorkshopStatus.DRAFT).getResultStream().findFirst()
                .map(row -> WorkshopCalendarEntry.of((Workshop) row[0], (WorkshopRegistration) row[1]));
    }

    public boolean mayManage(long actorId, Workshop workshop) {
        return workshop != null && access.mayActAs(actorId, Role.FACILITATOR)
                && (workshop.isHostedBy(actorId) || workshop.getCreatedBy() == actorId || access.mayActAs(actorId, Role.ADMIN));
    }

    private static final List<RegistrationStatus> SEAT = List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED);
    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED,
            RegistrationStatus.WAITLISTED);

    private <T> TypedQuery<T> filtered(String select, WorkshopFilter filter, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE w.status = :published AND w.endsAt > :now");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", WorkshopStatus.PUBLISHED);
        parameters.put("now", clock.instant());
        filter.topic().ifPresent(t -> {
            where.append(" AND w.topic = :topic");
            parameters.put("topic", t);
        });
        filter.mode().ifPresent(m -> {
            where.append(" AND w.mode = :mode");
            parameters.put("mode", m);
        });
        filter.language().ifPresent(l -> {
            where.append(" AND w.language = :language");
            parameters.put("language", l.getLanguage());
        });
        filter.from().ifPresent(f -> {
            where.append(" AND w.startsAt >= :from");
            parameters.put("from", f);
        });
        filter.until().ifPresent(u -> {
            where.append(" AND w.startsAt < :until");
            parameters.put("until", u);
        });
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Cards for these workshops: two more queries (seat counts, host names), whatever their number. */
    private List<WorkshopCard> cards(List<Workshop> workshops) {
        if (workshops.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RegistrationStatus, Integer>> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT r.workshopId, r.status, COUNT(r) FROM WorkshopRegistration r"
                + " WHERE r.workshopId IN :ids GROUP BY r.workshopId, r.status", Object[].class)
                .setParameter("ids", workshops.stream().map(Workshop::getId).toList()).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(RegistrationStatus.class))
                    .put((RegistrationStatus) row[1], ((Long) row[2]).intValue());
        }
        Map<Long, String> hosts = accounts.displayNamesOf(hostIds(workshops));
        return workshops.stream().map(w -> {
            Map<RegistrationStatus, Integer> c = counts.getOrDefault(w.getId(), Map.of());
            int held = c.getOrDefault(RegistrationStatus.CONFIRMED, 0) + c.getOrDefault(RegistrationStatus.OFFERED, 0);
            return new WorkshopCard(w.getId(), w.getTitle(), w.getDescription(), w.getTopic(), w.getLanguage(), w.getMode(),
                    w.getStartsAt(), w.getEndsAt(), w.getZone(), w.getLocation(), w.getCapacity(), Math.max(0, w.getCapacity() - held),
                    c.getOrDefault(RegistrationStatus.WAITLISTED, 0), hosts.getOrDefault(w.getHostId(), ""), w.getStatus(),
                    w.isPostponed(), w.getSignUpDeadline(), w.getCancellationDeadline(), w.getQuestion());
        }).toList();
    }

    private static Collection<Long> hostIds(List<Workshop> workshops) {
        return workshops.stream().map(Workshop::getHostId).distinct().toList();
    }
}
