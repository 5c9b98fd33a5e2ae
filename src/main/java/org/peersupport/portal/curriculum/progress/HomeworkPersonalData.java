package org.peersupport.portal.curriculum.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** homework.json: the member's homework per group session, done or not, with their private reflection. */
@ApplicationScoped
public class HomeworkPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "homework";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "homework", "SELECT h.id, c.name, s.session_number, s.starts_at, h.done_at, h.reflection, h.updated_at"
                + " FROM homework h JOIN cohort_session s ON s.id = h.cohort_session_id JOIN cohort c ON c.id = s.cohort_id"
                + " WHERE h.member_id = ?1 ORDER BY s.starts_at, h.id", memberId,
                "id", "group", "session", "sessionStartsAt", "doneAt", "reflection", "updatedAt");
    }
}
