package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** consents.json: every version of the guidelines and privacy notice the member accepted, and when. */
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
        JsonRows.query(em, json, "consents", "SELECT document, version, accepted_at FROM consent_acceptance WHERE account_id = ?1"
                + " ORDER BY accepted_at, id", memberId, "document", "version", "acceptedAt");
    }
}
