package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names audit subjects of the forum: a topic by its title, a post by its topic's title. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForumSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("TOPIC", "POST");
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return switch (subjectType) {
            case "TOPIC" -> AuditSubjectNames.byQuery(em, "SELECT t.id, t.title FROM Topic t WHERE t.id IN :ids", ids);
            case "POST" -> AuditSubjectNames.byQuery(em, "SELECT p.id, t.title FROM Post p JOIN Topic t ON t.id = p.topicId WHERE p.id IN :ids", ids);
            default -> Map.of();
        };
    }
}
