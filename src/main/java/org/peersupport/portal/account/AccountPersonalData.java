package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** account.json: the account itself and its roles; never the password hash or session stamps. */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "account";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "account", "SELECT id, email, display_name, time_zone, language, created_at, last_sign_in_at, suspended_until"
                + " FROM account WHERE id = ?1", memberId,
                "id", "email", "displayName", "timeZone", "language", "createdAt", "lastSignInAt", "suspendedUntil");
        JsonRows.query(em, json, "roles", "SELECT role FROM account_role WHERE account_id = ?1 ORDER BY role", memberId, "role");
        JsonRows.query(em, json, "formerDisplayNames", "SELECT former_name, new_name, changed_at FROM display_name_change"
                + " WHERE account_id = ?1 ORDER BY changed_at, id", memberId, "formerName", "newName", "changedAt");
        JsonRows.query(em, json, "signedInDevices", "SELECT user_agent, signed_in_at, last_active_at FROM account_session"
                + " WHERE account_id = ?1 ORDER BY signed_in_at", memberId, "userAgent", "signedInAt", "lastActiveAt");
        JsonRows.query(em, json, "pendingEmailChange", "SELECT new_email, requested_at, expires_at FROM email_change"
                + " WHERE account_id = ?1", memberId, "newEmail", "requestedAt", "expiresAt");
    }
}
