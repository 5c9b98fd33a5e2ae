package org.peersupport.portal.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names curricula by their title and cohorts by their name in the audit log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CurriculumSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("CURRICULUM", "COHORT");
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return switch (subjectType) {
            case "CURRICULUM" -> AuditSubjectNames.byQuery(em, "SELECT c.id, c.title FROM Curriculum c WHERE c.id IN :ids", ids);
            case "COHORT" -> AuditSubjectNames.byQuery(em, "SELECT c.id, c.name FROM Cohort c WHERE c.id IN :ids", ids);
            default -> Map.of();
        };
    }
}
