package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.ReminderService;
import org.peersupport.portal.notification.SubjectRef;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Workshops: facilitators publish them, members take seats. A seat is only given with the workshop
 * row locked (SELECT ... FOR UPDATE), so confirmed and offered registrations never pass the
 * capacity however many sign up at once, and waitlist numbers are given in order without gaps.
 * A freed seat is offered to the first in line, who has a window to confirm. Every change is audited.
 * What people see is read by {@link WorkshopViews}.
 */
@ApplicationScoped
@Transactional
public class WorkshopService {

    public static final String SUBJECT_WORKSHOP = "WORKSHOP";
    private static final String HOSTS_ONLY = "Only the workshop's host, its creator or an admin manage it";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Access access;

    @Inject
    private AccountStanding standing;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReminderService reminders;

    @Inject
    private Event<WorkshopAttended> attended;

    @Inject
    private SignUpQueue queue;

    /** A new workshop, as a draft nobody but staff sees until it is published; the host must be a facilitator. */
    public Workshop create(long actorId, long hostId, @NotNull @Valid WorkshopDetails details) {
        access.require(actorId, Role.FACILITATOR, "Only facilitators create workshops");
        access.require(hostId, Role.FACILITATOR, "A workshop's host is a facilitator");
        Workshop workshop = new Workshop(details, hostId, actorId, clock.instant());
        em.persist(workshop);
        em.flush();
        audit.record(actorId, WorkshopAudit.WORKSHOP_CREATED, SUBJECT_WORKSHOP, workshop.getId(), null);
        return workshop;
    }

    public Workshop publish(long actorId, long workshopId) {
        Workshop workshop = managed(actorId, workshopId);
        workshop.publish(clock.instant());
        audit.record(actorId, WorkshopAudit.WORKSHOP_PUBLISHED, SUBJECT_WORKSHOP, workshopId, null);
        return workshop;
    }

    /**
     * New details. The capacity never drops below the seats already taken; a larger one offers the
     * new seats to the waitlist. A change of time or place is told to everyone registered.
     */
    public Workshop edit(long actorId, long workshopId, @NotNull @Valid WorkshopDetails details) {
        Workshop workshop = changeable(actorId, workshopId, details);
        Instant before = workshop.getStartsAt();
        boolean calendarChange = workshop.apply(details, clock.instant());
        afterChange(workshop, before, calendarChange ? NotificationKind.WORKSHOP_CHANGED : null);
        audit.record(actorId, WorkshopAudit.WORKSHOP_EDITED, SUBJECT_WORKSHOP, workshopId, null);
        return workshop;
    }

    /** Moved to another time: everyone registered is told, reminders follow the new start. */
    public Workshop postpone(long actorId, long workshopId, @NotNull @Valid WorkshopDetails details) {
        Workshop workshop = changeable(actorId, workshopId, details);
        if (details.startsAt().equals(workshop.getStartsAt())) {
            throw new WorkshopRefusedException("workshop.refused.sameTime");
        }
        Instant before = workshop.getStartsAt();
        workshop.postpone(details, clock.instant());
        afterChange(workshop, before, NotificationKind.WORKSHOP_POSTPONED);
        audit.record(actorId, WorkshopAudit.WORKSHOP_POSTPONED, SUBJECT_WORKSHOP, workshopId, before.toString());
        return workshop;
    }

    /** Cancelled: nobody is reminded, everyone registered is told; the registrations stay for the record. */
    public Workshop cancel(long actorId, long workshopId) {
        Workshop workshop = managed(actorId, workshopId);
        List<Long> told = registered(workshopId);
        workshop.cancel(clock.instant());
        reminders.cancel(subject(workshopId));
        told.forEach(memberId -> notifications.notify(memberId, NotificationKind.WORKSHOP_CANCELLED, link(workshopId),
                List.of(workshop.getTitle(), workshop.getStartsAt().toString())));
        audit.record(actorId, WorkshopAudit.WORKSHOP_CANCELLED, SUBJECT_WORKSHOP, workshopId, null);
        return workshop;
    }

    /**
     * Signs the member up: a seat while one is free, else a place on the waitlist. Refused (with the
     * reason in words, nothing changed) after the deadline, for a cancelled or past workshop, while
     * suspended, or when already registered; a workshop the member cannot see does not exist.
     */
    public WorkshopRegistration signUp(long memberId, long workshopId, @Size(max = 1000) String answer, boolean shareContact) {
        // Before the first statement: waiting here takes no database connection.
        queue.awaitTurn(workshopId);
        // Everyone else's sign-up waits while the lock is held (to the commit), so what does not
        // need it comes first: the member's standing is read before the lock is taken.
        standing.requireActive(memberId);
        Workshop workshop = visibleLocked(memberId, workshopId);
        Instant now = clock.instant();
        workshop.signUpClosedReason(now).ifPresent(reason -> {
            throw new WorkshopRefusedException(reason);
        });
        if (workshop.isHostedBy(memberId)) {
            throw new WorkshopRefusedException("workshop.refused.host");
        }
        WorkshopRegistration registration = registrationOf(workshopId, memberId).orElse(null);
        if (registration != null && registration.getStatus().active()) {
            throw new WorkshopRefusedException("workshop.refused.already");
        }
        // Decided before the registration is written, so that it is inserted once with its status
        // (a query after persist would flush it first, and the status would follow as an update).
        boolean seatFree = seatFreeForNewcomer(workshop);
        if (registration == null) {
            registration = new WorkshopRegistration(workshopId, memberId, now);
            em.persist(registration);
        } else {
            registration.restart(now);
        }
        registration.answer(answer, shareContact);
        if (seatFree) {
            registration.confirm(now);
            remind(workshop, memberId);
            audit.record(memberId, WorkshopAudit.WORKSHOP_SIGNED_UP, SUBJECT_WORKSHOP, workshopId, null);
        } else {
            registration.waitlist(workshop.takeWaitlistNumber(), now);
            audit.record(memberId, WorkshopAudit.WORKSHOP_WAITLISTED, SUBJECT_WORKSHOP, workshopId, null);
        }
        em.flush();
        return registration;
    }

    /**
     * The member gives up a seat, an offer or a place in line. A freed seat goes to the next in
     * line; after the cancellation deadline it is still taken back, but counts as late.
     */
    public WorkshopRegistration cancelRegistration(long memberId, long workshopId) {
        queue.awaitTurn(workshopId);
        Workshop workshop = visibleLocked(memberId, workshopId);
        Instant now = clock.instant();
        WorkshopRegistration registration = registrationOf(workshopId, memberId).filter(r -> r.getStatus().active())
                .orElseThrow(() -> new WorkshopRefusedException("workshop.refused.notRegistered"));
        if (workshop.hasStarted(now)) {
            throw new WorkshopRefusedException("workshop.refused.past");
        }
        boolean heldSeat = registration.getStatus().holdsSeat();
        registration.cancel(heldSeat && workshop.cancellationIsLate(now), now);
        reminders.cancel(subject(workshopId), memberId);
        audit.record(memberId, WorkshopAudit.WORKSHOP_REGISTRATION_CANCELLED, SUBJECT_WORKSHOP, workshopId, null);
        if (heldSeat) {
            em.flush();
            offerFreeSeats(workshop, now);
        }
        return registration;
    }

    /** The promoted member takes the offered seat, while the offer stands. */
    public WorkshopRegistration confirmOffer(long memberId, long workshopId) {
        Workshop workshop = visibleLocked(memberId, workshopId);
        Instant now = clock.instant();
        WorkshopRegistration registration = registrationOf(workshopId, memberId)
                .filter(r -> r.getStatus() == RegistrationStatus.OFFERED)
                .orElseThrow(() -> new WorkshopRefusedException("workshop.refused.noOffer"));
        if (registration.offerExpiredAt(now) || workshop.getStatus() != WorkshopStatus.PUBLISHED) {
            throw new WorkshopRefusedException("workshop.refused.offerExpired");
        }
        standing.requireActive(memberId);
        registration.confirm(now);
        remind(workshop, memberId);
        audit.record(memberId, WorkshopAudit.WORKSHOP_OFFER_CONFIRMED, SUBJECT_WORKSHOP, workshopId, null);
        return registration;
    }

    /** The workshops with an offer run out at {@code now}; each is then moved on by {@link #passExpiredOffers}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> workshopsWithExpiredOffers(Instant now) {
        return em.createNamedQuery(WorkshopRegistration.EXPIRED_OFFERS, Long.class).setParameter("now", now).getResultList();
    }

    /** Offers not confirmed in time lapse and their seats go to the next in line; the lock makes it safe to run on every instance. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int passExpiredOffers(long workshopId, Instant now) {
        Workshop workshop = locked(workshopId);
        List<WorkshopRegistration> lapsed = em.createNamedQuery(WorkshopRegistration.OF_WORKSHOP, WorkshopRegistration.class)
                .setParameter("workshop", workshopId).getResultList().stream().filter(r -> r.offerExpiredAt(now)).toList();
        for (WorkshopRegistration registration : lapsed) {
            registration.expire(now);
            notifications.notify(registration.getMemberId(), NotificationKind.WORKSHOP_OFFER_EXPIRED, link(workshopId),
                    List.of(workshop.getTitle()));
            audit.record(registration.getMemberId(), WorkshopAudit.WORKSHOP_OFFER_EXPIRED, SUBJECT_WORKSHOP, workshopId, null);
        }
        em.flush();
        offerFreeSeats(workshop, now);
        return lapsed.size();
    }

    /**
     * The day's record for one confirmed attendee. The first ATTENDED fires {@link WorkshopAttended}
     * in this transaction; a conditional update on first_attended_at makes that happen once, even
     * when two facilitators tick the same name at once or a mark is changed and changed back.
     */
    public WorkshopRegistration checkIn(long actorId, long workshopId, long registrationId, @NotNull CheckIn mark) {
        Workshop workshop = managed(actorId, workshopId);
        Instant now = clock.instant();
        if (workshop.getStatus() != WorkshopStatus.PUBLISHED || now.isBefore(workshop.getStartsAt().minus(WorkshopViews.CHECK_IN_OPENS))) {
            throw new WorkshopRefusedException("workshop.refused.checkInClosed");
        }
        WorkshopRegistration registration = Optional.ofNullable(em.find(WorkshopRegistration.class, registrationId))
                .filter(r -> r.getWorkshopId() == workshopId && r.getStatus() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        registration.mark(mark, now);
        em.flush();
        if (mark == CheckIn.ATTENDED && em.createQuery("UPDATE WorkshopRegistration r SET r.firstAttendedAt = :now"
                + " WHERE r.id = :id AND r.firstAttendedAt IS NULL").setParameter("now", now).setParameter("id", registrationId)
                .executeUpdate() == 1) {
            attended.fire(new WorkshopAttended(registration.getMemberId(), workshopId, now));
        }
        audit.record(actorId, WorkshopAudit.WORKSHOP_CHECKED_IN, SUBJECT_WORKSHOP, workshopId, mark.name());
        return registration;
    }

    /** The attendee list was taken out of the portal: who did it is on record. */
    public void recordExport(long actorId, long workshopId) {
        managed(actorId, workshopId);
        audit.record(actorId, WorkshopAudit.WORKSHOP_ATTENDEES_EXPORTED, SUBJECT_WORKSHOP, workshopId, null);
    }

    /** Offers every free seat, one per person in line, while the workshop is open and has not begun. */
    private void offerFreeSeats(Workshop workshop, Instant now) {
        if (workshop.getStatus() != WorkshopStatus.PUBLISHED || workshop.hasStarted(now)) {
            return;
        }
        long free = workshop.getCapacity() - seatsHeld(workshop.getId());
        if (free <= 0) {
            return;
        }
        List<WorkshopRegistration> next = em.createNamedQuery(WorkshopRegistration.FIRST_WAITING, WorkshopRegistration.class)
                .setParameter("workshop", workshop.getId()).setMaxResults((int) free).getResultList();
        Instant expires = workshop.offerExpiry(now);
        for (WorkshopRegistration registration : next) {
            registration.offer(expires, now);
            notifications.notify(registration.getMemberId(), NotificationKind.WAITLIST_PROMOTED, link(workshop.getId()),
                    List.of(workshop.getTitle(), expires.toString()));
            audit.record(registration.getMemberId(), WorkshopAudit.WORKSHOP_SEAT_OFFERED, SUBJECT_WORKSHOP, workshop.getId(), null);
        }
    }

    private Workshop changeable(long actorId, long workshopId, WorkshopDetails details) {
        Workshop workshop = managed(actorId, workshopId);
        if (workshop.getStatus() == WorkshopStatus.CANCELLED) {
            throw new WorkshopRefusedException("workshop.refused.cancelled");
        }
        long held = seatsHeld(workshopId);
        if (details.capacity() < held) {
            throw new WorkshopRefusedException("workshop.refused.capacityBelowTaken", held);
        }
        return workshop;
    }

    /** After an edit or a move: new seats are offered, reminders follow the start, and everyone registered is told. */
    private void afterChange(Workshop workshop, Instant startBefore, NotificationKind tell) {
        Instant now = clock.instant();
        long workshopId = workshop.getId();
        em.flush();
        if (!startBefore.equals(workshop.getStartsAt())) {
            reminders.cancel(subject(workshopId));
            em.createNamedQuery(WorkshopRegistration.OF_WORKSHOP, WorkshopRegistration.class).setParameter("workshop", workshopId)
                    .getResultList().stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                    .forEach(r -> remind(workshop, r.getMemberId()));
        }
        offerFreeSeats(workshop, now);
        if (tell != null) {
            registered(workshopId).forEach(memberId -> notifications.notify(memberId, tell, link(workshopId),
                    List.of(workshop.getTitle(), workshop.getStartsAt().toString())));
        }
    }

    private void remind(Workshop workshop, long memberId) {
        reminders.schedule(memberId, NotificationKind.WORKSHOP_REMINDER, subject(workshop.getId()), workshop.getStartsAt(),
                link(workshop.getId()), ReminderService.DAY_AND_HOUR_BEFORE);
    }

    /** Everyone with a seat, an offer or a place in line. */
    private List<Long> registered(long workshopId) {
        return em.createNamedQuery(WorkshopRegistration.OF_WORKSHOP, WorkshopRegistration.class).setParameter("workshop", workshopId)
                .getResultList().stream().filter(r -> r.getStatus().active()).map(WorkshopRegistration::getMemberId).toList();
    }

    private long seatsHeld(long workshopId) {
        return em.createNamedQuery(WorkshopRegistration.HOLDING_SEATS, Long.class).setParameter("workshop", workshopId).getSingleResult();
    }

    /**
     * A seat is free and nobody is in line (someone waiting goes first: a seat freed a moment ago is
     * theirs to be offered, not the newcomer's). One query, as it runs under the lock.
     */
    private boolean seatFreeForNewcomer(Workshop workshop) {
        long held = 0;
        for (Object[] row : em.createNamedQuery(WorkshopRegistration.COUNT_BY_STATUS, Object[].class)
                .setParameter("workshop", workshop.getId()).getResultList()) {
            RegistrationStatus status = (RegistrationStatus) row[0];
            if (status == RegistrationStatus.WAITLISTED) {
                return false;
            }
            held += status.holdsSeat() ? (Long) row[1] : 0;
        }
        return held < workshop.getCapacity();
    }

    private Optional<WorkshopRegistration> registrationOf(long workshopId, long memberId) {
        return em.createNamedQuery(WorkshopRegistration.OF_MEMBER, WorkshopRegistration.class).setParameter("workshop", workshopId)
                .setParameter("member", memberId).getResultStream().findFirst();
    }

    static SubjectRef subject(long workshopId) {
        return new SubjectRef(SUBJECT_WORKSHOP, workshopId);
    }

    public static String link(long workshopId) {
        return WorkshopViews.PAGE + "?id=" + workshopId;
    }

    /** Locked for the actor, who must host it, have made it, or be an admin. */
    private Workshop managed(long actorId, long workshopId) {
        Workshop workshop = locked(workshopId);
        access.require(actorId, Role.FACILITATOR, id -> workshop.isHostedBy(id) || workshop.getCreatedBy() == id, HOSTS_ONLY);
        return workshop;
    }

    /** Locked, and not a draft unless the member is staff: a draft does not exist for members. */
    private Workshop visibleLocked(long memberId, long workshopId) {
        Workshop workshop = locked(workshopId);
        if (workshop.getStatus() == WorkshopStatus.DRAFT && !access.mayActAs(memberId, Role.FACILITATOR)) {
            throw new NotFoundException("workshop " + workshopId);
        }
        return workshop;
    }

    private Workshop locked(long workshopId) {
        Workshop workshop = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
        if (workshop == null) {
            throw new NotFoundException("workshop " + workshopId);
        }
        return workshop;
    }
}
