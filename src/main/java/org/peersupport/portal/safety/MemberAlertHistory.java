package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.moderation.CrisisAlertHistory;
import org.peersupport.portal.moderation.CrisisSeverity;

/** Fills moderation's {@link CrisisAlertHistory}: a member's crisis alerts for their record, newest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberAlertHistory implements CrisisAlertHistory {

    private static final String LINES = "SELECT c.id, c.raisedAt, c.severity, c.status, c.outcome,"
            + " COALESCE(cb.displayName, ab.displayName) FROM CrisisAlert c"
            + " LEFT JOIN Account ab ON ab.id = c.acknowledgedBy LEFT JOIN Account cb ON cb.id = c.closedBy"
            + " WHERE c.memberId = :member";
    private static final String NEWEST = LINES + " ORDER BY c.raisedAt DESC, c.id DESC";
    private static final String OPEN = LINES + " AND c.status <> :closed ORDER BY c.raisedAt, c.id";
    private static final String COUNT = "SELECT COUNT(c) FROM CrisisAlert c WHERE c.memberId = :member";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Newest newestOf(long memberId, int max) {
        List<Line> lines = em.createQuery(NEWEST, Object[].class).setParameter("member", memberId).setMaxResults(max)
                .getResultList().stream().map(MemberAlertHistory::line).toList();
        long total = lines.size() < max ? lines.size()
                : em.createQuery(COUNT, Long.class).setParameter("member", memberId).getSingleResult();
        return new Newest(lines, total);
    }

    @Override
    public List<Line> openOf(long memberId) {
        return em.createQuery(OPEN, Object[].class).setParameter("member", memberId)
                .setParameter("closed", CrisisAlert.Status.CLOSED).setMaxResults(20)
                .getResultList().stream().map(MemberAlertHistory::line).toList();
    }

    private static Line line(Object[] r) {
        return new Line((Long) r[0], (Instant) r[1], (CrisisSeverity) r[2], ((CrisisAlert.Status) r[3]).name(),
                r[4] == null ? null : ((CrisisOutcome) r[4]).name(), (String) r[5]);
    }
}
