package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/**
 * mentoring.json: the member's requests for a mentor, their mentor application, their mentorships
 * (the reason for an ending only when they gave it) and the check-ins they wrote. A coordinator's
 * note on the application is the coordinator's, not exported; the decision is.
 */
@ApplicationScoped
public class MentoringPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "mentoring";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "requests", "SELECT id, status, needs, languages, time_zone, availability, preferred_gender,"
                + " preferred_age_from, preferred_age_to, note, created_at, closed_at FROM mentee_request WHERE account_id = ?1 ORDER BY id",
                memberId, "id", "status", "needs", "languages", "timeZone", "availability", "preferredGender", "preferredAgeFrom",
                "preferredAgeTo", "note", "createdAt", "closedAt");
        JsonRows.query(em, json, "mentorApplication", "SELECT status, areas, experience_note, languages, time_zone, availability, capacity,"
                + " gender, age_band, bio, guidelines_version, submitted_at, decided_at, paused FROM mentor_profile WHERE account_id = ?1",
                memberId, "status", "areas", "experienceNote", "languages", "timeZone", "availability", "capacity", "gender", "ageBand",
                "bio", "guidelinesVersion", "submittedAt", "decidedAt", "paused");
        JsonRows.query(em, json, "mentorships", "SELECT id, CASE WHEN mentee_id = ?1 THEN 'MENTEE' ELSE 'MENTOR' END, request_id, status,"
                + " started_at, ended_at, end_kind, CASE WHEN ended_by = ?1 THEN end_reason END FROM mentorship"
                + " WHERE mentee_id = ?1 OR mentor_id = ?1 ORDER BY id", memberId,
                "id", "yourRole", "requestId", "status", "startedAt", "endedAt", "endKind", "yourEndReason");
        JsonRows.query(em, json, "checkIns", "SELECT id, mentorship_id, kind, rating, note, written_at FROM mentorship_check_in"
                + " WHERE author_id = ?1 ORDER BY written_at", memberId, "id", "mentorshipId", "kind", "rating", "note", "writtenAt");
    }
}
