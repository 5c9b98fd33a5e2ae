package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** milestones.json: the member's milestones (with what they chose to show publicly), the name for certificates, and progress records. */
@ApplicationScoped
public class MilestonePersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "milestones";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "certificateName", "SELECT certificate_name FROM milestone_member WHERE member_id = ?1", memberId, "name");
        JsonRows.query(em, json, "awards", "SELECT a.id, d.name, a.awarded_at, a.note, a.verification_code, a.show_name, a.show_milestone,"
                + " a.revoked_at, a.revocation_reason FROM milestone_award a JOIN milestone_definition d ON d.id = a.definition_id"
                + " WHERE a.member_id = ?1 ORDER BY a.awarded_at, a.id", memberId,
                "id", "milestone", "awardedAt", "note", "verificationCode", "showName", "showMilestone", "revokedAt", "revocationReason");
        JsonRows.query(em, json, "progress", "SELECT kind, occurred_at FROM milestone_progress WHERE member_id = ?1 ORDER BY occurred_at",
                memberId, "kind", "occurredAt");
    }
}
