package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.account.CareContactDetails;
import org.peersupport.portal.account.CareContactService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/care-contact.xhtml: the member gives, changes or withdraws their optional care contact. */
@Named
@ViewScoped
public class CareContactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareContactService contacts;

    @Inject
    private Viewer viewer;

    private CareContactDetails details;
    private String givenName;
    private Instant consentedAt;

    @PostConstruct
    void load() {
        Optional<CareContact> contact = contacts.own(viewer.getId());
        details = contact.map(CareContactDetails::of).orElseGet(CareContactDetails::new);
        givenName = contact.map(CareContact::getName).orElse(null);
        consentedAt = contact.map(CareContact::getConsentedAt).orElse(null);
    }

    public void save() {
        contacts.save(viewer.getId(), details);
        load();
        Messages.addGlobalInfo(Bundle.text("careContact.saved"));
    }

    public void withdraw() {
        boolean withdrawn = contacts.withdraw(viewer.getId());
        load();
        Messages.addGlobalInfo(Bundle.text(withdrawn ? "careContact.withdrawn" : "careContact.noneToWithdraw"));
    }

    public CareContactDetails getDetails() {
        return details;
    }

    /** The name of the contact given (null: none given). */
    public String getGivenName() {
        return givenName;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }
}
