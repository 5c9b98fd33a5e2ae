package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** The forms under a mentorship on mentoring/index.xhtml: a check-in, and ending it (with optional feedback). */
@Named
@ViewScoped
public class MentorshipFormsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private MentoringHomePage home;

    @Inject
    private Viewer currentMember;

    private Long checkInFor;
    private Integer rating;
    private String checkInNote;

    private Long endingId;
    private Mentorship.EndKind endKind = Mentorship.EndKind.COMPLETED;
    private String endReason;
    private Integer endRating;
    private String endFeedback;

    public void startCheckIn(long mentorshipId) {
        checkInFor = mentorshipId;
        rating = null;
        checkInNote = null;
    }

    public void saveCheckIn() {
        mentoring.checkIn(currentMember.getId(), checkInFor, rating, checkInNote);
        checkInFor = null;
        home.load();
        Messages.addGlobalInfo(Bundle.text("mentoring.checkIn.saved"));
    }

    public void startEnding(long mentorshipId) {
        endingId = mentorshipId;
        endKind = Mentorship.EndKind.COMPLETED;
        endReason = null;
        endRating = null;
        endFeedback = null;
    }

    public void end() {
        mentoring.end(currentMember.getId(), endingId, endKind, endReason, endRating, endFeedback);
        endingId = null;
        home.load();
        Messages.addGlobalInfo(Bundle.text(endKind == Mentorship.EndKind.REMATCH ? "mentoring.end.rematchDone" : "mentoring.end.done"));
    }

    public Mentorship.EndKind[] getEndKinds() {
        return Mentorship.EndKind.values();
    }

    public Long getCheckInFor() {
        return checkInFor;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getCheckInNote() {
        return checkInNote;
    }

    public void setCheckInNote(String checkInNote) {
        this.checkInNote = checkInNote;
    }

    public Long getEndingId() {
        return endingId;
    }

    public Mentorship.EndKind getEndKind() {
        return endKind;
    }

    public void setEndKind(Mentorship.EndKind endKind) {
        this.endKind = endKind;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public Integer getEndRating() {
        return endRating;
    }

    public void setEndRating(Integer endRating) {
        this.endRating = endRating;
    }

    public String getEndFeedback() {
        return endFeedback;
    }

    public void setEndFeedback(String endFeedback) {
        this.endFeedback = endFeedback;
    }
}
