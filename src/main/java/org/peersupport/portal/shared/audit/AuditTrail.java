package org.peersupport.portal.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.policy.PolicyReloadAttempted;

/**
 * The append-only record of what staff did. Observers run synchronously inside the transaction
 * that made the change, so a change and its audit line commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    public static final String SUBJECT_ACCOUNT = "ACCOUNT";
    /** The policy files as a whole: there is one set, so its subject id is 0. */
    public static final String SUBJECT_POLICY_FILES = "POLICY_FILES";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Instance<AuditSubjectNames> subjectNames;

    /** An admin's reload of the policy files, applied or refused; the detail names files, fingerprints or mistakes. */
    void onPolicyReload(@Observes PolicyReloadAttempted attempt) {
        record(attempt.adminId(), attempt.outcome().applied() ? PortalAudit.POLICY_RELOADED : PortalAudit.POLICY_RELOAD_REFUSED,
                SUBJECT_POLICY_FILES, 0, attempt.outcome().describe());
    }

    /** Records what a member of staff did, in the caller's transaction. */
    public void record(Long actorId, AuditAction action, String subjectType, long subjectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actorId, action.name(), subjectType, subjectId, detail));
    }

    /**
     * The newest entries first, a page at a time, for the admins' audit log, with who did it and what
     * it was about by name: one query for the page, then one per subject type on it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditLine> page(int first, int size) {
        List<Object[]> rows = em.createNamedQuery(AuditEntry.NEWEST_FIRST, Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (Object[] row : rows) {
            AuditEntry entry = (AuditEntry) row[0];
            idsByType.computeIfAbsent(entry.getSubjectType(), t -> new HashSet<>()).add(entry.getSubjectId());
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        for (AuditSubjectNames namer : subjectNames) {
            for (String type : namer.subjectTypes()) {
                Set<Long> ids = idsByType.get(type);
                if (ids != null) {
                    names.put(type, namer.namesOf(type, ids));
                }
            }
        }
        return rows.stream().map(row -> {
            AuditEntry entry = (AuditEntry) row[0];
            String subjectName = names.getOrDefault(entry.getSubjectType(), Map.of()).get(entry.getSubjectId());
            return new AuditLine(entry, (String) row[1], subjectName);
        }).toList();
    }

    /**
     * An entry with the display name of who did it (null: the portal itself) and the name of what it
     * was about (null when no feature names it, or it is gone).
     */
    public record AuditLine(AuditEntry entry, String actorName, String subjectName) {}

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
