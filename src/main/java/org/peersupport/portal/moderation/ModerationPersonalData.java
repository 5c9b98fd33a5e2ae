package org.peersupport.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/**
 * standing.json: the member's trust level and the warnings, silences and suspensions they were given
 * with the reason they were told. Staff notes are the staff's working notes and stay out.
 */
@ApplicationScoped
public class ModerationPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "standing";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "standing", "SELECT trust_level, approved_posts, days_visited, silenced_until FROM member_standing"
                + " WHERE account_id = ?1", memberId, "trustLevel", "approvedPosts", "daysVisited", "silencedUntil");
        JsonRows.query(em, json, "sanctions", "SELECT kind, reason, created_at, ends_at FROM sanction WHERE account_id = ?1 ORDER BY created_at",
                memberId, "kind", "reason", "createdAt", "endsAt");
    }
}
