package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** consents.json: which versions of the guidelines and privacy notice the member accepted, and when. */
@ApplicationScoped
public class ConsentPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "consents";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        // TODO(password-rules): helper A adds a consent history table (V23); export its rows here too.
        JsonRows.query(em, json, "consents", "SELECT 'GUIDELINES', guidelines_version, guidelines_accepted_at FROM account WHERE id = ?1"
                + " UNION ALL SELECT 'PRIVACY', privacy_version, privacy_accepted_at FROM account WHERE id = ?1", memberId,
                "document", "version", "acceptedAt");
    }
}
