package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.MenteeRequest;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentoringService.MentorshipView;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.mentoring.MentorshipCheckIn;
import org.peersupport.portal.mentoring.ProposalService;
import org.peersupport.portal.mentoring.ProposalService.ProposalLine;
import org.peersupport.portal.shared.web.Bundle;

/**
 * mentoring/index.xhtml: everything mentoring for one member: their mentorships (chat, unread
 * messages, check-ins, ending), their request and its proposals to choose from, and, for a
 * mentor, the mentees who chose them.
 */
@Named
@ViewScoped
public class MentoringHomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private ProposalService proposals;

    @Inject
    private ChatService chat;

    @Inject
    private Viewer currentMember;

    private MentorProfile profile;
    private MenteeRequest request;
    private List<ProposalLine> proposed;
    private List<ProposalLine> offers;
    private List<MentorshipView> mentorships;
    private Map<Long, Long> unread;

    private Long checkInFor;
    private Integer rating;
    private String checkInNote;

    private Long endingId;
    private Mentorship.EndKind endKind = Mentorship.EndKind.COMPLETED;
    private String endReason;
    private Integer endRating;
    private String endFeedback;

    public void load() {
        long me = currentMember.getId();
        profile = mentoring.profileOf(me).orElse(null);
        request = mentoring.currentRequestOf(me).orElse(null);
        proposed = proposals.proposalsFor(me);
        offers = profile == null ? List.of() : proposals.offersTo(me);
        mentorships = mentoring.mentorshipsOf(me);
        unread = chat.unreadCounts(me, mentorships.stream().filter(v -> v.mentorship().isActive())
                .map(v -> v.mentorship().getId()).toList());
    }

    public void choose(long proposalId) {
        proposals.choose(currentMember.getId(), proposalId);
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.proposals.chosen"));
    }

    public void accept(long proposalId) {
        try {
            proposals.accept(currentMember.getId(), proposalId);
            Messages.addGlobalInfo(Bundle.text("mentoring.offers.accepted"));
        } catch (MentoringService.MentorFullException e) {
            Messages.addGlobalWarn(Bundle.text("mentoring.offers.full"));
        }
        load();
    }

    public void decline(long proposalId) {
        proposals.decline(currentMember.getId(), proposalId);
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.offers.declined"));
    }

    public void withdraw() {
        mentoring.withdraw(currentMember.getId(), request.getId());
        load();
        Messages.addGlobalInfo(Bundle.text("mentoring.request.withdrawn"));
    }

    public void startCheckIn(long mentorshipId) {
        checkInFor = mentorshipId;
        rating = null;
        checkInNote = null;
    }

    public void saveCheckIn() {
        mentoring.checkIn(currentMember.getId(), checkInFor, rating, checkInNote);
        checkInFor = null;
        load();
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
        load();
        Messages.addGlobalInfo(Bundle.text(endKind == Mentorship.EndKind.REMATCH ? "mentoring.end.rematchDone" : "mentoring.end.done"));
    }

    public long unreadIn(long mentorshipId) {
        return unread.getOrDefault(mentorshipId, 0L);
    }

    public boolean isWaitingForMentor() {
        return proposed.stream().anyMatch(p -> p.proposal().getStatus() == org.peersupport.portal.mentoring.MentorProposal.Status.OFFERED);
    }

    public Mentorship.EndKind[] getEndKinds() {
        return Mentorship.EndKind.values();
    }

    public int getLowestRating() {
        return MentorshipCheckIn.LOWEST;
    }

    public MentorProfile getProfile() {
        return profile;
    }

    public MenteeRequest getRequest() {
        return request;
    }

    public List<ProposalLine> getProposed() {
        return proposed;
    }

    public List<ProposalLine> getOffers() {
        return offers;
    }

    public List<MentorshipView> getMentorships() {
        return mentorships;
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
