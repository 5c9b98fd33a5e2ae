package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.shared.audit.AuditSubjectNames;

/** Names mentoring's audit subjects: an application by its applicant, a mentorship (and a chat message) by its pair. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MentoringSubjectNames implements AuditSubjectNames {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Set<String> subjectTypes() {
        return Set.of("MENTOR_APPLICATION", "MENTORSHIP", "CHAT_MESSAGE");
    }

    @Override
    public Map<Long, String> namesOf(String subjectType, Collection<Long> ids) {
        return switch (subjectType) {
            case "MENTOR_APPLICATION" -> AuditSubjectNames.byQuery(em, "SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", ids);
            case "MENTORSHIP" -> AuditSubjectNames.byQuery(em, "SELECT s.id, CONCAT(a.displayName, ' & ', b.displayName) FROM Mentorship s JOIN Account a ON a.id = s.mentorId JOIN Account b ON b.id = s.menteeId WHERE s.id IN :ids", ids);
            case "CHAT_MESSAGE" -> AuditSubjectNames.byQuery(em, "SELECT c.id, CONCAT(a.displayName, ' & ', b.displayName) FROM ChatMessage c JOIN Mentorship s ON s.id = c.mentorshipId JOIN Account a ON a.id = s.mentorId JOIN Account b ON b.id = s.menteeId WHERE c.id IN :ids", ids);
            default -> Map.of();
        };
    }
}
