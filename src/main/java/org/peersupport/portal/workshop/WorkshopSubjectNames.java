package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names workshops by their title in the audit log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkshopSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(WorkshopService.SUBJECT_WORKSHOP);
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return WorkshopService.SUBJECT_WORKSHOP.equals(subjectType)
                ? AuditSubjectNames.byQuery(em, "SELECT w.id, w.title FROM Workshop w WHERE w.id IN :ids", ids)
                : Map.of();
    }
}
