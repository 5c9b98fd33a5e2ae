package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/** care-contact.json: the optional care contact the member gave (empty when none). */
@ApplicationScoped
public class CareContactPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "care-contact";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "careContact", "SELECT name, relationship, phone, email, consented_at FROM care_contact WHERE account_id = ?1",
                memberId, "name", "relationship", "phone", "email", "consentedAt");
    }
}
