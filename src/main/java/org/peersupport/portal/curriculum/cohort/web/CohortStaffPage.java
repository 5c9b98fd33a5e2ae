package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The staff part of programmes/cohort.xhtml: requests, invitations, moving and cancelling
 * sessions. Invitee and new start are checked by {@link InviteeValidator} and {@link FutureStartValidator}.
 */
@Named
@ViewScoped
public class CohortStaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortPage page;

    @Inject
    private Viewer currentMember;

    private Long moveSessionId;
    private LocalDateTime moveTo;
    private String inviteEmail;

    public void approve(long memberId) {
        page.takePlace(() -> cohorts.approve(currentMember.getId(), page.getId(), memberId), "cohort.approved");
    }

    public void declineRequest(long memberId) {
        cohorts.declineRequest(currentMember.getId(), page.getId(), memberId);
        page.load();
    }

    public void cancelSession(long sessionId) {
        cohorts.cancelSession(currentMember.getId(), page.getId(), sessionId);
        Messages.addGlobalInfo(Bundle.text("cohort.session.cancelledDone"));
        page.load();
    }

    /** The new start is read in the cohort's zone, the one its schedule is written in. */
    public void moveSession() {
        cohorts.moveSession(currentMember.getId(), page.getId(), moveSessionId, moveTo.atZone(page.getCohort().timeZone()).toInstant());
        Messages.addGlobalInfo(Bundle.text("cohort.move.done"));
        moveSessionId = null;
        moveTo = null;
        page.load();
    }

    public void invite() {
        cohorts.inviteByEmail(currentMember.getId(), page.getId(), inviteEmail);
        Messages.addGlobalInfo(Bundle.text("cohort.invite.done"));
        inviteEmail = null;
        page.load();
    }

    public Long getMoveSessionId() {
        return moveSessionId;
    }

    public void setMoveSessionId(Long moveSessionId) {
        this.moveSessionId = moveSessionId;
    }

    public LocalDateTime getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(LocalDateTime moveTo) {
        this.moveTo = moveTo;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
