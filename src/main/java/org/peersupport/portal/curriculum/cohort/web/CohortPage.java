package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.web.CurrentMember;
import org.peersupport.portal.account.web.LocaleSelection;
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
    private CurrentMember currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private CohortService.CohortView cohort;

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

    public String getFacilitators() {
        return String.join(", ", cohort.facilitatorNames());
    }
}
