package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortService.CohortFullException;
import org.peersupport.portal.curriculum.cohort.CohortService.SessionView;
import org.peersupport.portal.shared.web.Bundle;

/**
 * programmes/cohort.xhtml?id=…: one cohort as the viewer may see it (the location only with a
 * place, or for its staff), with Join / Ask / Accept, and for staff the requests and cancelling.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private CohortService.CohortView cohort;
    private Long moveSessionId;
    private LocalDateTime moveTo;
    private String inviteEmail;

    public void load() {
        cohort = cohorts.cohortView(currentMember.getId(), id);
    }

    public void join() {
        try {
            cohorts.join(currentMember.getId(), id);
            Messages.addGlobalInfo(Bundle.text("cohort.joined"));
        } catch (CohortFullException e) {
            Messages.addGlobalError(Bundle.text("cohort.full"));
        }
        load();
    }

    public void requestPlace() {
        cohorts.requestPlace(currentMember.getId(), id);
        Messages.addGlobalInfo(Bundle.text("cohort.requested"));
        load();
    }

    public void accept() {
        try {
            cohorts.accept(currentMember.getId(), id);
            Messages.addGlobalInfo(Bundle.text("cohort.joined"));
        } catch (CohortFullException e) {
            Messages.addGlobalError(Bundle.text("cohort.full"));
        }
        load();
    }

    public void declineInvitation() {
        cohorts.declineInvitation(currentMember.getId(), id);
        load();
    }

    public void leave() {
        cohorts.leave(currentMember.getId(), id);
        Messages.addGlobalInfo(Bundle.text("cohort.left"));
        load();
    }

    public void approve(long memberId) {
        try {
            cohorts.approve(currentMember.getId(), id, memberId);
            Messages.addGlobalInfo(Bundle.text("cohort.approved"));
        } catch (CohortFullException e) {
            Messages.addGlobalError(Bundle.text("cohort.full"));
        }
        load();
    }

    public void declineRequest(long memberId) {
        cohorts.declineRequest(currentMember.getId(), id, memberId);
        load();
    }

    public void cancelSession(long sessionId) {
        cohorts.cancelSession(currentMember.getId(), id, sessionId);
        Messages.addGlobalInfo(Bundle.text("cohort.session.cancelledDone"));
        load();
    }

    /** The new start is read in the cohort's zone, the one its schedule is written in. */
    public void moveSession() {
        try {
            cohorts.moveSession(currentMember.getId(), id, moveSessionId, moveTo.atZone(cohort.timeZone()).toInstant());
            Messages.addGlobalInfo(Bundle.text("cohort.move.done"));
            moveSessionId = null;
            moveTo = null;
        } catch (CohortService.StartInPastException e) {
            Messages.addError("move:moveTo", Bundle.text("cohort.move.past"));
        }
        load();
    }

    public void invite() {
        try {
            cohorts.inviteByEmail(currentMember.getId(), id, inviteEmail);
            Messages.addGlobalInfo(Bundle.text("cohort.invite.done"));
            inviteEmail = null;
        } catch (CohortService.UnknownMemberException e) {
            Messages.addError("invite:email", Bundle.text("cohort.invite.unknown"));
        } catch (NotPermittedException e) {
            Messages.addError("invite:email", Bundle.text("cohort.invite.facilitator"));
        }
        load();
    }

    public String getMoveHint() {
        return Bundle.text("cohort.move.to.hint", cohort.timeZone().getId());
    }

    /** Sessions still to come and not cancelled: the ones a facilitator may move. */
    public List<SessionView> getMovable() {
        return cohort.upcoming().stream().filter(s -> !s.cancelled()).toList();
    }

    /** Start and end in the viewer's own zone, e.g. "Tuesday, 1 December 2026, 18:00–19:30". */
    public String when(SessionView session) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(localeSelection.getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(localeSelection.getLocale());
        var zone = currentMember.getTimeZone();
        return day.format(session.startsAt().atZone(zone)) + ", " + time.format(session.startsAt().atZone(zone))
                + "–" + time.format(session.endsAt().atZone(zone));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortService.CohortView getCohort() {
        return cohort;
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

    public String getFacilitators() {
        return String.join(", ", cohort.facilitatorNames());
    }
}
