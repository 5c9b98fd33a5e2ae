package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.CrisisSignal;
import org.peersupport.portal.moderation.CrisisTextHeld;
import org.peersupport.portal.moderation.LookSoonSignalled;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * The crisis pathway after a text is held: an alert to the moderators on duty (all moderators when
 * nobody is), acknowledgement before a deadline, escalation to the admins and the clinic's contacts
 * when the deadline passes, notes, and closing with an outcome. Every step is audited in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class CrisisAlertService {

    public static final String SUBJECT_ALERT = "CRISIS_ALERT";
    private static final Logger LOG = Logger.getLogger(CrisisAlertService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CrisisResponse response;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    /** A row of the alert list, with the names staff need. */
    public record AlertRow(CrisisAlert alert, String memberName, String acknowledgedByName) {}

    /** A note with its writer's name. */
    public record NoteLine(CrisisAlertNote note, String authorName) {}

    /** Someone on duty. */
    public record OnDuty(long accountId, String displayName) {}

    // ---- raising ----

    void onCrisisTextHeld(@Observes CrisisTextHeld held) {
        raise(held);
    }

    void onLookSoon(@Observes LookSoonSignalled signalled) {
        raise(signalled.source(), signalled.sourceId(), signalled.writerId(), signalled.signal(), signalled.reviewLink());
    }

    /** Creates the alert and tells the moderators on duty, or every moderator when nobody is. */
    public CrisisAlert raise(CrisisTextHeld held) {
        return raise(held.source(), held.sourceId(), held.writerId(), held.signal(), held.reviewLink());
    }

    /**
     * One pathway for every tier: a crisis (held text) and a look-soon signal (published text) both
     * become an alert with its severity's deadline; only the notice kind differs, so that a look-soon
     * e-mail waits for the moderator's quiet hours to end.
     */
    private CrisisAlert raise(String source, long sourceId, long writerId, CrisisSignal signal, String reviewLink) {
        Instant now = clock.instant();
        List<Long> onDuty = onDuty().stream().map(OnDuty::accountId).toList();
        CrisisAlert alert = new CrisisAlert(source, sourceId, writerId, signal.severity(), signal.rule(), signal.excerpt(),
                reviewLink, now, response.policy().deadlineFor(signal.severity(), now), !onDuty.isEmpty());
        em.persist(alert);
        em.flush();
        List<Long> recipients = onDuty.isEmpty() ? accounts.idsWithRole(Role.MODERATOR) : onDuty;
        if (recipients.isEmpty()) {
            recipients = accounts.idsWithRole(Role.ADMIN); // a portal with no moderators still tells someone
        }
        String minutes = Long.toString(response.policy().acknowledgeWithin().get(alert.getSeverity()).toMinutes());
        for (long recipient : recipients) {
            notifications.notify(recipient, alert.isLookSoon() ? NotificationKind.LOOK_SOON_ALERT : NotificationKind.CRISIS_ALERT,
                    linkTo(alert),
                    List.of(alert.getSeverity().name(), minutes));
        }
        audit.record(null, SafetyAudit.CRISIS_ALERT_RAISED, SUBJECT_ALERT, alert.getId(),
                alert.getSeverity() + " · " + alert.getMatchedRule() + " · " + recipients.size() + " told");
        return alert;
    }

    // ---- handling ----

    /** "I am on it": true if this moderator is the one who acknowledged it. */
    public boolean acknowledge(long moderatorId, long alertId) {
        CrisisAlert alert = locked(alertId);
        if (!alert.acknowledge(moderatorId, clock.instant())) {
            return false;
        }
        audit.record(moderatorId, SafetyAudit.CRISIS_ALERT_ACKNOWLEDGED, SUBJECT_ALERT, alertId,
                alert.timeToAcknowledge().map(d -> d.toSeconds() + " s after the alert").orElse(null));
        return true;
    }

    public void addNote(long moderatorId, long alertId, String text) {
        CrisisAlert alert = find(alertId);
        em.persist(new CrisisAlertNote(alert.getId(), moderatorId, text, clock.instant()));
        audit.record(moderatorId, SafetyAudit.CRISIS_ALERT_NOTE_ADDED, SUBJECT_ALERT, alertId, null);
    }

    /** Closes the alert with what happened; a note, when given, is kept with it. */
    public void close(long moderatorId, long alertId, CrisisOutcome outcome, String note) {
        CrisisAlert alert = locked(alertId);
        Instant now = clock.instant();
        if (note != null && !note.isBlank()) {
            em.persist(new CrisisAlertNote(alertId, moderatorId, note, now));
        }
        alert.close(moderatorId, outcome, now);
        audit.record(moderatorId, SafetyAudit.CRISIS_ALERT_CLOSED, SUBJECT_ALERT, alertId, outcome.name());
    }

    // ---- escalation ----

    /**
     * Escalates every alert still unacknowledged at {@code now} past its deadline, once: the admins,
     * the policy's contacts and the moderators not told yet are alerted. Each alert is locked while
     * it is escalated, so two instances (or two timer ticks) never escalate one alert twice.
     */
    public int escalateOverdue(Instant now) {
        List<Long> overdue = em.createNamedQuery(CrisisAlert.OVERDUE_IDS, Long.class).setParameter("now", now)
                .getResultList();
        int escalated = 0;
        for (long id : overdue) {
            CrisisAlert alert = em.find(CrisisAlert.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (alert == null || !alert.escalate(now)) {
                continue;
            }
            Set<Long> recipients = new LinkedHashSet<>(accounts.idsWithRole(Role.ADMIN));
            List<String> contacts = response.policy().escalateTo();
            List<Long> contactIds = accounts.idsByEmails(contacts);
            if (contactIds.size() < contacts.size()) {
                LOG.warning(() -> "Some crisis escalation contacts in " + CrisisResponsePolicy.FILE + " have no account: " + contacts);
            }
            recipients.addAll(contactIds);
            if (alert.isToldOnDuty()) {
                recipients.addAll(accounts.idsWithRole(Role.MODERATOR)); // the ones off duty are the next line
            }
            String minutesLate = Long.toString(Math.max(0, -alert.leftAt(now).toMinutes()));
            for (long recipient : recipients) {
                notifications.notify(recipient,
                        alert.isLookSoon() ? NotificationKind.LOOK_SOON_ESCALATED : NotificationKind.CRISIS_ESCALATED, linkTo(alert),
                        List.of(alert.getSeverity().name(), minutesLate));
            }
            audit.record(null, SafetyAudit.CRISIS_ALERT_ESCALATED, SUBJECT_ALERT, id, recipients.size() + " told");
            escalated++;
        }
        return escalated;
    }

    // ---- reading ----

    /**
     * Open alerts first (HIGH, then MEDIUM, then LOOK_SOON, each nearest deadline first), then the
     * acknowledged ones not yet closed. Sorted here: severity is stored by name, and "LOOK_SOON"
     * sorts before "MEDIUM".
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertRow> notClosed() {
        List<AlertRow> rows = rows(em.createNamedQuery(CrisisAlert.NOT_CLOSED, Object[].class).getResultList());
        rows.sort(Comparator.comparing((AlertRow r) -> r.alert().getStatus(), Comparator.reverseOrder())
                .thenComparing(r -> r.alert().getSeverity()).thenComparing(r -> r.alert().getAcknowledgeBy()));
        return rows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertRow> recentlyClosed(int max) {
        return rows(em.createNamedQuery(CrisisAlert.CLOSED_NEWEST_FIRST, Object[].class).setMaxResults(max).getResultList());
    }

    /** Crisis alerts (HIGH, MEDIUM) nobody has acknowledged yet: the live badge. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAwaitingAcknowledgement() {
        return em.createNamedQuery(CrisisAlert.COUNT_AWAITING, Long.class)
                .setParameter("severities", List.of(CrisisSeverity.HIGH, CrisisSeverity.MEDIUM)).getSingleResult();
    }

    /** Look-soon alerts nobody has acknowledged yet: told apart from crises, so they never read as one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countLookSoonAwaiting() {
        return em.createNamedQuery(CrisisAlert.COUNT_AWAITING, Long.class)
                .setParameter("severities", List.of(CrisisSeverity.LOOK_SOON)).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CrisisAlert find(long alertId) {
        CrisisAlert alert = em.find(CrisisAlert.class, alertId);
        if (alert == null) {
            throw new NotFoundException("No crisis alert " + alertId);
        }
        return alert;
    }

    /** One alert with its member's name and, once someone is on it, theirs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertRow row(long alertId) {
        return rows(em.createNamedQuery(CrisisAlert.WITH_NAMES, Object[].class).setParameter("id", alertId).getResultList())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("No crisis alert " + alertId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoteLine> notesOn(long alertId) {
        return em.createNamedQuery(CrisisAlertNote.FOR_ALERT, Object[].class).setParameter("alert", alertId)
                .getResultList().stream().map(r -> new NoteLine((CrisisAlertNote) r[0], (String) r[1])).toList();
    }

    // ---- the duty roster ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OnDuty> onDuty() {
        return em.createNamedQuery(ModeratorDuty.ON_DUTY, Object[].class).getResultList().stream()
                .map(r -> new OnDuty((Long) r[0], (String) r[1])).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOnDuty(long moderatorId) {
        ModeratorDuty duty = em.find(ModeratorDuty.class, moderatorId);
        return duty != null && duty.isOnDuty();
    }

    public void setOnDuty(long moderatorId, boolean onDuty) {
        ModeratorDuty duty = em.find(ModeratorDuty.class, moderatorId);
        if (duty == null) {
            duty = new ModeratorDuty(moderatorId);
            em.persist(duty);
        }
        if (duty.set(onDuty, clock.instant())) {
            audit.record(moderatorId, onDuty ? SafetyAudit.MODERATOR_ON_DUTY : SafetyAudit.MODERATOR_OFF_DUTY, AuditTrail.SUBJECT_ACCOUNT,
                    moderatorId, null);
        }
    }

    private CrisisAlert locked(long alertId) {
        CrisisAlert alert = em.find(CrisisAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new NotFoundException("No crisis alert " + alertId);
        }
        return alert;
    }

    private static List<AlertRow> rows(List<Object[]> result) {
        List<AlertRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new AlertRow((CrisisAlert) r[0], (String) r[1], (String) r[2]));
        }
        return rows;
    }

    static String linkTo(CrisisAlert alert) {
        return "/moderation/alert.xhtml?id=" + alert.getId();
    }
}
