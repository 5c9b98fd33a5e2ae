package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.MenteeRequest;
import org.peersupport.portal.mentoring.MentorProfile;
import org.peersupport.portal.mentoring.MentorProposal;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.MentoringService.MentorshipView;
import org.peersupport.portal.mentoring.ProposalService;
import org.peersupport.portal.mentoring.ProposalService.ProposalLine;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * mentoring/index.xhtml: everything mentoring for one member: their mentorships (chat, unread
 * messages; check-ins and ending are {@link MentorshipFormsPage}'s), their request and its proposals to choose from, and, for a
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
    private boolean waitingForMentor;
    private MenteeStanding standing;

    public void load() {
        long me = currentMember.getId();
        profile = mentoring.profileOf(me).orElse(null);
        request = mentoring.currentRequestOf(me).orElse(null);
        proposed = proposals.proposalsFor(me);
        waitingForMentor = proposed.stream().anyMatch(p -> p.proposal().getStatus() == MentorProposal.Status.OFFERED);
        offers = profile == null ? List.of() : proposals.offersTo(me);
        mentorships = mentoring.mentorshipsOf(me);
        standing = MenteeStanding.of(request, mentorships);
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

    public long unreadIn(long mentorshipId) {
        return unread.getOrDefault(mentorshipId, 0L);
    }

    /** A mentor chosen by the member is being asked. */
    public boolean isWaitingForMentor() {
        return waitingForMentor;
    }

    /** As a mentee: with a mentor, asked, ended or never asked. */
    public MenteeStanding getStanding() {
        return standing;
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
}
