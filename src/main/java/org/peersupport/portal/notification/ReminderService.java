package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reminders of events that other features own. A feature schedules reminders when someone joins
 * an event and cancels them when the event is cancelled or the person leaves:
 *
 * <pre>{@code reminders.schedule(memberId, NotificationKind.WORKSHOP_REMINDER, new SubjectRef("WORKSHOP", 42),
 *         workshop.getStart(), "/workshops/42", ReminderService.DAY_AND_HOUR_BEFORE);}</pre>
 *
 * Due reminders become notices through {@link NotificationService}, each exactly once.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    public static final List<Duration> DAY_AND_HOUR_BEFORE = List.of(Duration.ofHours(24), Duration.ofHours(1));

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReminderService self;

    @Inject
    private Clock clock;

    /** Schedules one reminder per lead time before {@code eventStart}; lead times already past are skipped. */
    public int schedule(long recipientId, NotificationKind kind, SubjectRef subject, Instant eventStart, String link,
            List<Duration> before) {
        Instant now = clock.instant();
        int scheduled = 0;
        for (Duration lead : before) {
            Instant remindAt = eventStart.minus(lead);
            if (remindAt.isAfter(now)) {
                em.persist(new Reminder(recipientId, kind, subject, eventStart, remindAt, link));
                scheduled++;
            }
        }
        return scheduled;
    }

    /** The event is cancelled: nobody is reminded of it. */
    public int cancel(SubjectRef subject) {
        return cancel(subject, null);
    }

    /** The person left the event: they are not reminded of it. */
    public int cancel(SubjectRef subject, Long recipientId) {
        return em.createNamedQuery(Reminder.CANCEL)
                .setParameter("type", subject.type())
                .setParameter("id", subject.id())
                .setParameter("recipient", recipientId)
                .executeUpdate();
    }

    /** The person left a series (every subject one of {@code subjectIds} of this type): one update, whatever its length. */
    public int cancel(String subjectType, Collection<Long> subjectIds, long recipientId) {
        if (subjectIds.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(Reminder.CANCEL_MANY)
                .setParameter("type", subjectType)
                .setParameter("ids", subjectIds)
                .setParameter("recipient", recipientId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reminder> remindersOf(SubjectRef subject, Long recipientId) {
        return em.createNamedQuery(Reminder.FOR_SUBJECT, Reminder.class)
                .setParameter("type", subject.type())
                .setParameter("id", subject.id())
                .setParameter("recipient", recipientId)
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultList();
    }

    /** Turns every reminder due at {@code now} into a notice, each in its own transaction; returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int fireDue(Instant now) {
        List<Long> due = em.createNamedQuery(Reminder.DUE, Reminder.class)
                .setParameter("now", now)
                .setMaxResults(500)
                .getResultList().stream().map(Reminder::getId).toList();
        int fired = 0;
        for (Long id : due) {
            if (self.fire(id)) {
                fired++;
            }
        }
        return fired;
    }

    /** Fires one reminder if no one else has: the conditional update decides, so it fires once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean fire(long reminderId) {
        if (em.createNamedQuery(Reminder.FIRE).setParameter("id", reminderId).executeUpdate() != 1) {
            return false;
        }
        Reminder reminder = em.find(Reminder.class, reminderId);
        notifications.notify(reminder.getRecipientId(), reminder.getKind(), reminder.getLink(),
                List.of(reminder.getEventStart().toString()));
        return true;
    }
}
