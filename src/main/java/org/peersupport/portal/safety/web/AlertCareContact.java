package org.peersupport.portal.safety.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.account.CareContactService;
import org.peersupport.portal.shared.web.Viewer;

/** The care contact on moderation/alert.xhtml: the member's, when they gave one, right where the guide asks for it. */
@Named
@ViewScoped
public class AlertCareContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareContactService contacts;

    @Inject
    private Viewer viewer;

    private CareContact contact;

    /** viewAction after the alert's own: the care contact of the alert's member. */
    public void load(long memberId) {
        contact = contacts.forStaff(viewer.getId(), memberId).orElse(null);
    }

    /** The member's care contact (null: none given). */
    public CareContact getContact() {
        return contact;
    }
}
