package org.peersupport.portal.curriculum.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** attendance.json: the member's group enrolments, attendance marks per session and completed programmes. */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "attendance";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "enrolments", "SELECT e.cohort_id, c.name, e.status, e.updated_at FROM enrolment e"
                + " JOIN cohort c ON c.id = e.cohort_id WHERE e.member_id = ?1 ORDER BY e.id", memberId, "groupId", "group", "status", "updatedAt");
        JsonRows.query(em, json, "attendance", "SELECT a.id, c.name, s.session_number, s.starts_at, a.mark, a.marked_at FROM attendance a"
                + " JOIN cohort_session s ON s.id = a.cohort_session_id JOIN cohort c ON c.id = s.cohort_id"
                + " WHERE a.member_id = ?1 ORDER BY s.starts_at, a.id", memberId, "id", "group", "session", "sessionStartsAt", "mark", "markedAt");
        JsonRows.query(em, json, "completedProgrammes", "SELECT p.cohort_id, c.name, p.completed_at FROM programme_completion p"
                + " JOIN cohort c ON c.id = p.cohort_id WHERE p.member_id = ?1 ORDER BY p.completed_at", memberId, "groupId", "group", "completedAt");
    }
}
