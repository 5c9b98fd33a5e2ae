package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** mentoring/apply.xhtml: apply to be a peer mentor, see the coordinators' answer, change it, pause and resume. */
@Named
@ViewScoped
public class MentorApplicationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private Viewer currentMember;

    private MentorProfile profile;
    private final MentorApplicationForm form = new MentorApplicationForm();

    /** viewAction: the member's application so far, or a fresh form in their language and zone. */
    public void load() {
        profile = mentoring.profileOf(currentMember.getId()).orElse(null);
        if (profile == null) {
            form.startIn(currentMember.getTimeZone(), currentMember.getLanguage());
        } else {
            form.fill(profile);
        }
    }

    public void submit() {
        profile = mentoring.apply(currentMember.getId(), form.application());
        form.submitted();
        Messages.addGlobalInfo(Bundle.text(profile.getStatus() == MentorProfile.Status.APPROVED
                ? "mentoring.apply.updated" : "mentoring.apply.submitted"));
    }

    public void pause() {
        mentoring.pause(currentMember.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.apply.pausedDone"));
    }

    public void resume() {
        mentoring.resume(currentMember.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.apply.resumedDone"));
    }

    public MentorApplicationForm getForm() {
        return form;
    }

    public String getGuidelinesVersion() {
        return MentoringService.GUIDELINES_VERSION;
    }

    public MentorProfile getProfile() {
        return profile;
    }

    public boolean isApproved() {
        return profile != null && profile.getStatus() == MentorProfile.Status.APPROVED;
    }
}
