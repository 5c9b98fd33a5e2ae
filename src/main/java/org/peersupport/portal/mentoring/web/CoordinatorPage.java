package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentoringService.PendingApplication;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * admin/mentoring.xhtml, the coordinators' desk: decide on mentor applications and read why
 * mentorships ended. Running and publishing the matching is {@link MatchingRunPage}'s.
 */
@Named
@ViewScoped
public class CoordinatorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private Viewer currentMember;

    private List<PendingApplication> applications;
    private List<MentoringService.EndedMentorship> endings;

    private Long decidingId;
    private String note;

    public void load() {
        applications = mentoring.applications(MentorProfile.Status.SUBMITTED);
        endings = mentoring.recentEndings();
    }

    public void approve(long applicantId) {
        mentoring.approve(currentMember.getId(), applicantId);
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.approved"));
    }

    public void startDeciding(long applicantId) {
        decidingId = applicantId;
        note = null;
    }

    /** The note is required on the page (trimmed, so blanks do not count): its message shows next to it. */
    public void askForChanges() {
        mentoring.askForChanges(currentMember.getId(), decidingId, note);
        decidingId = null;
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.changesAsked"));
    }

    public void decline() {
        mentoring.decline(currentMember.getId(), decidingId, note);
        decidingId = null;
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.declined"));
    }

    public List<PendingApplication> getApplications() {
        return applications;
    }

    public List<MentoringService.EndedMentorship> getEndings() {
        return endings;
    }

    public Long getDecidingId() {
        return decidingId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
