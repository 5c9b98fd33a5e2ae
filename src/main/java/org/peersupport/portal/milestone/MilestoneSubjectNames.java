package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names milestones (and awards, by their milestone) in the audit log; never the member's name. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of(MilestoneService.SUBJECT_MILESTONE, MilestoneService.SUBJECT_AWARD);
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        if (MilestoneService.SUBJECT_MILESTONE.equals(subjectType)) {
            return AuditSubjectNames.byQuery(em, "SELECT d.id, d.name FROM MilestoneDefinition d WHERE d.id IN :ids", ids);
        }
        return MilestoneService.SUBJECT_AWARD.equals(subjectType)
                ? AuditSubjectNames.byQuery(em, "SELECT a.id, d.name FROM MilestoneAward a, MilestoneDefinition d"
                        + " WHERE d.id = a.definitionId AND a.id IN :ids", ids)
                : Map.of();
    }
}
