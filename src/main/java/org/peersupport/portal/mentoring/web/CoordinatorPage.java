package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.mentoring.MatchingRun;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentoringService.PendingApplication;
import org.peersupport.portal.mentoring.ProposalService;
import org.peersupport.portal.mentoring.ProposalService.ProposalLine;
import org.peersupport.portal.shared.web.Bundle;

/**
 * admin/mentoring.xhtml, the coordinators' desk: decide on mentor applications, run the matching
 * engine over the pool, review and override the proposed assignment, publish it, and read why
 * mentorships ended.
 */
@Named
@ViewScoped
public class CoordinatorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PROPOSALS_PER_PAGE = 30;

    @Inject
    private MentoringService mentoring;

    @Inject
    private ProposalService proposals;

    @Inject
    private Viewer currentMember;

    @Inject
    private org.peersupport.portal.shared.web.DisplayTime displayTime;

    private List<PendingApplication> applications;
    private MatchingRun run;
    private List<ProposalLine> runProposals;
    private long proposalCount;
    private int first;
    private List<MentoringService.EndedMentorship> endings;

    private Long decidingId;
    private String note;
    private Long overridingId;
    private Long overrideMentorId;

    public void load() {
        applications = mentoring.applications(MentorProfile.Status.SUBMITTED);
        run = proposals.latestRun().orElse(null);
        runProposals = run == null ? List.of() : proposals.proposalsOf(run.getId(), first, PROPOSALS_PER_PAGE);
        proposalCount = run == null ? 0 : proposals.countProposalsOf(run.getId());
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

    public void runMatching() {
        MatchingRun done = proposals.run(currentMember.getId());
        first = 0;
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.ran", done.getRequests(), done.getMentors(), done.getMillis()));
    }

    public void publish() {
        int told = proposals.publish(currentMember.getId(), run.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.published", told));
    }

    public void startOverride(long proposalId) {
        overridingId = proposalId;
        overrideMentorId = null;
    }

    public void override() {
        try {
            proposals.override(currentMember.getId(), overridingId, overrideMentorId);
            overridingId = null;
            load();
            Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.overridden"));
        } catch (ProposalService.OverrideRefusedException e) {
            Messages.addError("coordinator:overrideMentor", Bundle.text(e.reasonKey()));
        }
    }

    public void page(int delta) {
        first = Math.max(0, first + delta * PROPOSALS_PER_PAGE);
        load();
    }

    public List<MentoringService.MentorChoice> completeMentor(String query) {
        return mentoring.mentorsNamed(query, 10);
    }

    /** "12 requests, 30 mentors, total score 540, 35 ms · draft" */
    public String getRunSummary() {
        String state = isDraft() ? Bundle.text("mentoring.coordinator.draft")
                : Bundle.text("mentoring.coordinator.publishedAt", displayTime.dateTime(run.getPublishedAt()));
        return Bundle.text("mentoring.coordinator.runSummary", run.getRequests(), run.getMentors(), run.getTotalScore(),
                run.getMillis()) + " · " + state;
    }

    public boolean isDraft() {
        return run != null && run.getPublishedAt() == null;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isHasNext() {
        return first + PROPOSALS_PER_PAGE < proposalCount;
    }

    public List<PendingApplication> getApplications() {
        return applications;
    }

    public MatchingRun getRun() {
        return run;
    }

    public List<ProposalLine> getRunProposals() {
        return runProposals;
    }

    public long getProposalCount() {
        return proposalCount;
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

    public Long getOverridingId() {
        return overridingId;
    }

    public Long getOverrideMentorId() {
        return overrideMentorId;
    }

    public void setOverrideMentorId(Long overrideMentorId) {
        this.overrideMentorId = overrideMentorId;
    }
}
