package org.peersupport.portal.shared.audit;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A port the features fill: names a person can read for the subjects of audit lines ("Quiet Harbor"
 * instead of "ACCOUNT 18"). The audit log asks each bean once per page, for all the ids of its
 * types on that page, so a page costs one query per subject type shown, never one per line.
 */
public interface AuditSubjectNames {

    /** The subject types this bean names (e.g. "COHORT"). */
    Set<String> subjectTypes();

    /** Names of the subjects of one of those types by id; ids it cannot name are left out. */
    Map<Long, String> namesOf(String subjectType, Collection<Long> ids);

    /** Runs a JPQL query selecting (id, name) with the ids as {@code :ids}: the usual way to answer {@link #namesOf}. */
    static Map<Long, String> byQuery(EntityManager em, String jpql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }
}
