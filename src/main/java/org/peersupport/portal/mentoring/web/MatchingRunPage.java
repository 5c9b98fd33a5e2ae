package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MatchingRun;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.ProposalService;
import org.peersupport.portal.mentoring.ProposalService.ProposalLine;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.DisplayTime;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The matching part of admin/mentoring.xhtml: run the engine over the pool, review and override
 * the proposed assignment a page at a time, publish it. {@link OverrideMentorValidator} checks an override.
 */
@Named
@ViewScoped
public class MatchingRunPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PROPOSALS_PER_PAGE = 30;

    @Inject
    private MentoringService mentoring;

    @Inject
    private ProposalService proposals;

    @Inject
    private Viewer currentMember;

    @Inject
    private DisplayTime displayTime;

    private MatchingRun run;
    private String runSummary;
    private List<ProposalLine> runProposals;
    private long proposalCount;
    private int first;

    private Long overridingId;
    private MentoringService.MentorChoice overrideMentor;

    public void load() {
        run = proposals.latestRun().orElse(null);
        runProposals = run == null ? List.of() : proposals.proposalsOf(run.getId(), first, PROPOSALS_PER_PAGE);
        proposalCount = run == null ? 0 : proposals.countProposalsOf(run.getId());
        runSummary = run == null ? null : summary(run);
    }

    /** "12 requests, 30 mentors, total score 540, 35 ms · draft" */
    private String summary(MatchingRun run) {
        String state = isDraft() ? Bundle.text("mentoring.coordinator.draft")
                : Bundle.text("mentoring.coordinator.publishedAt", displayTime.dateTime(run.getPublishedAt()));
        return Bundle.text("mentoring.coordinator.runSummary", run.getRequests(), run.getMentors(), run.getTotalScore(),
                run.getMillis()) + " · " + state;
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
        overrideMentor = null;
    }

    public void override() {
        proposals.override(currentMember.getId(), overridingId, overrideMentor.accountId());
        overridingId = null;
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.coordinator.overridden"));
    }

    public void page(int delta) {
        first = Math.max(0, first + delta * PROPOSALS_PER_PAGE);
        load();
    }

    public List<MentoringService.MentorChoice> completeMentor(String query) {
        return mentoring.mentorsNamed(query, 10);
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

    public MatchingRun getRun() {
        return run;
    }

    public String getRunSummary() {
        return runSummary;
    }

    public List<ProposalLine> getRunProposals() {
        return runProposals;
    }

    public long getProposalCount() {
        return proposalCount;
    }

    public Long getOverridingId() {
        return overridingId;
    }

    public MentoringService.MentorChoice getOverrideMentor() {
        return overrideMentor;
    }

    public void setOverrideMentor(MentoringService.MentorChoice overrideMentor) {
        this.overrideMentor = overrideMentor;
    }
}
