package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names audit subjects that are accounts: the member's display name. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("ACCOUNT");
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return switch (subjectType) {
            case "ACCOUNT" -> AuditSubjectNames.byQuery(em, "SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", ids);
            default -> Map.of();
        };
    }
}
