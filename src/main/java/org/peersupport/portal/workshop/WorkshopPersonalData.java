package org.peersupport.portal.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** workshops.json: the member's workshop sign-ups, waitlist places, answers and attendance. */
@ApplicationScoped
public class WorkshopPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "workshops";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "registrations", "SELECT r.id, w.title, w.starts_at, r.status, r.waitlist_number, r.answer, r.share_contact,"
                + " r.attendance, r.first_attended_at, r.cancelled_late, r.created_at, r.updated_at FROM workshop_registration r"
                + " JOIN workshop w ON w.id = r.workshop_id WHERE r.member_id = ?1 ORDER BY w.starts_at, r.id", memberId,
                "id", "workshop", "startsAt", "status", "waitlistNumber", "answer", "shareContact", "attendance", "firstAttendedAt",
                "cancelledLate", "createdAt", "updatedAt");
    }
}
