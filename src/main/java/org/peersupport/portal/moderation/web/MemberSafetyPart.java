package org.peersupport.portal.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.account.ErasureRequest;
import org.peersupport.portal.account.ErasureService;
import org.peersupport.portal.moderation.CrisisAlertHistory;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ModerationService.MemberSafety;
import org.peersupport.portal.moderation.ModerationService.PendingErasure;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The safety part of moderation/member.xhtml: the member's care contact, crisis alerts (newest
 * first) and pending erasure, which an admin may let go ahead despite an open alert.
 */
@Named
@ViewScoped
public class MemberSafetyPart implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Alerts shown at first, and added by each "show more". */
    static final int STEP = 10;

    @Inject
    private ModerationService moderation;

    @Inject
    private ErasureService erasures;

    @Inject
    private Viewer viewer;

    private long memberId;
    private int shown = STEP;
    private CareContact careContact;
    private CrisisAlertHistory.Newest alerts;
    private PendingErasure erasure;

    @NotBlank(message = "{erasure.release.noteRequired}")
    @Size(max = ErasureRequest.NOTE_MAX, message = "{erasure.release.noteTooLong}")
    private String releaseNote;

    /** viewAction after the record's own: the member's safety facts. */
    public void load(long memberId) {
        this.memberId = memberId;
        MemberSafety safety = moderation.safetyOf(viewer.getId(), memberId, shown);
        careContact = safety.careContact();
        alerts = safety.alerts();
        erasure = safety.erasure();
    }

    /** An admin lets the held erasure go ahead; the service refuses anyone else (answered as 404). */
    public void releaseErasure() {
        erasures.release(viewer.getId(), memberId, releaseNote);
        releaseNote = null;
        Messages.addGlobalInfo(Bundle.text("memberRecord.erasure.released.done"));
        load(memberId);
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

    public PendingErasure getErasure() {
        return erasure;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    public void setReleaseNote(String releaseNote) {
        this.releaseNote = releaseNote;
    }
}
