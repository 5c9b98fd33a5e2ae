package org.peersupport.portal.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names crisis alerts in the audit log by the member they are about. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SafetySubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("CRISIS_ALERT");
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return switch (subjectType) {
            case "CRISIS_ALERT" -> AuditSubjectNames.byQuery(em, "SELECT c.id, m.displayName FROM CrisisAlert c JOIN Account m ON m.id = c.memberId WHERE c.id IN :ids", ids);
            default -> Map.of();
        };
    }
}
