package org.peersupport.portal.milestone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.milestone.MilestoneService;
import org.peersupport.portal.milestone.MilestoneStaffViews;
import org.peersupport.portal.milestone.MilestoneStaffViews.DefinitionRow;
import org.peersupport.portal.milestone.MilestoneStaffViews.MemberChoice;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * Award by hand on facilitation/milestones.xhtml: a member found by display name, an active
 * milestone and a personal note the member reads. A refusal (they have it already, it was retired
 * meanwhile) shows as the page's message with the input kept.
 */
@Named
@ViewScoped
public class MilestoneAwardForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    private MilestoneService milestones;

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private StaffMilestonesPage page;

    @Inject
    private Viewer currentMember;

    private MemberChoice member;
    private Long milestoneId;
    private String note;

    public List<MemberChoice> completeMember(String typed) {
        return views.membersNamed(currentMember.getId(), typed, SUGGESTIONS);
    }

    public String award() {
        milestones.awardByHand(currentMember.getId(), member.id(), milestoneId, note);
        String milestone = page.find(milestoneId).map(DefinitionRow::name).orElse("");
        Messages.addFlashGlobalInfo(Bundle.text("milestoneStaff.awarded", milestone, member.displayName()));
        return MilestoneDefinitionForm.PAGE;
    }

    public MemberChoice getMember() {
        return member;
    }

    public void setMember(MemberChoice member) {
        this.member = member;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public void setMilestoneId(Long milestoneId) {
        this.milestoneId = milestoneId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
