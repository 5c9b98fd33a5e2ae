package org.peersupport.portal.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.peersupport.portal.shared.policy.PolicyReloadAttempted;

/**
 * The append-only record of what staff did. Observers run synchronously inside the transaction
 * that made the change, so a change and its audit line commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public static final String ROLE_GRANTED = "ROLE_GRANTED";
    public static final String ROLE_REVOKED = "ROLE_REVOKED";
    public static final String SUBJECT_ACCOUNT = "ACCOUNT";
    public static final String POLICY_RELOADED = "POLICY_RELOADED";
    public static final String POLICY_RELOAD_REFUSED = "POLICY_RELOAD_REFUSED";
    /** The policy files as a whole: there is one set, so its subject id is 0. */
    public static final String SUBJECT_POLICY_FILES = "POLICY_FILES";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;


    /** An admin's reload of the policy files, applied or refused; the detail names files, fingerprints or mistakes. */
    void onPolicyReload(@Observes PolicyReloadAttempted attempt) {
        record(attempt.adminId(), attempt.outcome().applied() ? POLICY_RELOADED : POLICY_RELOAD_REFUSED,
                SUBJECT_POLICY_FILES, 0, attempt.outcome().describe());
    }

    /** Records what a member of staff did, in the caller's transaction. */
    public void record(Long actorId, String action, String subjectType, long subjectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actorId, action, subjectType, subjectId, detail));
    }

    /** The newest entries first, a page at a time, for the admins' audit log. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditLine> page(int first, int size) {
        return em.createNamedQuery(AuditEntry.NEWEST_FIRST, Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(row -> new AuditLine((AuditEntry) row[0], (String) row[1])).toList();
    }

    /** An entry with the display name of who did it (null: the portal itself). */
    public record AuditLine(AuditEntry entry, String actorName) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createNamedQuery(AuditEntry.COUNT_ALL, Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> entriesFor(String subjectType, long subjectId, int max) {
        return em.createNamedQuery(AuditEntry.FOR_SUBJECT, AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .setMaxResults(max)
                .getResultList();
    }
}
