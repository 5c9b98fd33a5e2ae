package org.peersupport.portal.curriculum.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortService.CohortFullException;
import org.peersupport.portal.curriculum.cohort.CohortViews;
import org.peersupport.portal.curriculum.cohort.CohortViews.CohortView;
import org.peersupport.portal.curriculum.cohort.CohortViews.SessionView;
import org.peersupport.portal.curriculum.cohort.MeetingPlace;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;

/**
 * programmes/cohort.xhtml?id=…: one cohort as the viewer may see it (the location only with a
 * place, or for its staff), with Join / Ask / Accept. What staff do is {@link CohortStaffPage}'s.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortViews views;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private Long id;
    private CohortView cohort;
    private String facilitators;
    private List<SessionView> movable;
    private String moveHint;
    private MeetingPlace meetingPlace;

    public void load() {
        cohort = views.cohortView(currentMember.getId(), id);
        meetingPlace = cohort.location().map(MeetingPlace::of).orElse(null); // shown only to those who may see it
        facilitators = String.join(", ", cohort.facilitatorNames());
        movable = cohort.upcoming().stream().filter(s -> !s.cancelled()).toList(); // the ones a facilitator may move
        moveHint = Bundle.text("cohort.move.to.hint", cohort.timeZone().getId());
    }

    public void join() {
        takePlace(() -> cohorts.join(currentMember.getId(), id), "cohort.joined");
    }

    public void requestPlace() {
        cohorts.requestPlace(currentMember.getId(), id);
        Messages.addGlobalInfo(Bundle.text("cohort.requested"));
        load();
    }

    public void accept() {
        takePlace(() -> cohorts.accept(currentMember.getId(), id), "cohort.joined");
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

    /** Joining, accepting or approving: a place is taken unless the cohort filled up meanwhile. */
    void takePlace(Runnable taking, String doneKey) {
        try {
            taking.run();
            Messages.addGlobalInfo(Bundle.text(doneKey));
        } catch (CohortFullException e) {
            Messages.addGlobalError(Bundle.text("cohort.full"));
        }
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

    public CohortView getCohort() {
        return cohort;
    }

    public String getFacilitators() {
        return facilitators;
    }

    /** Sessions still to come and not cancelled. */
    public List<SessionView> getMovable() {
        return movable;
    }

    public String getMoveHint() {
        return moveHint;
    }

    /** Where the group meets, its video link apart; null unless the viewer has a place or runs the group. */
    public MeetingPlace getMeetingPlace() {
        return meetingPlace;
    }
}
