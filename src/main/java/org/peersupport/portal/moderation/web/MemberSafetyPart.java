package org.peersupport.portal.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.moderation.CrisisAlertHistory;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ModerationService.MemberSafety;
import org.peersupport.portal.shared.web.Viewer;

/** The safety part of moderation/member.xhtml: the member's care contact and crisis alerts, newest first. */
@Named
@ViewScoped
public class MemberSafetyPart implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Alerts shown at first, and added by each "show more". */
    static final int STEP = 10;

    @Inject
    private ModerationService moderation;

    @Inject
    private Viewer viewer;

    private long memberId;
    private int shown = STEP;
    private CareContact careContact;
    private CrisisAlertHistory.Newest alerts;

    /** viewAction after the record's own: the member's safety facts. */
    public void load(long memberId) {
        this.memberId = memberId;
        MemberSafety safety = moderation.safetyOf(viewer.getId(), memberId, shown);
        careContact = safety.careContact();
        alerts = safety.alerts();
    }

    public void showMore() {
        shown += STEP;
        load(memberId);
    }

    public CareContact getCareContact() {
        return careContact;
    }

    public CrisisAlertHistory.Newest getAlerts() {
        return alerts;
    }
}
