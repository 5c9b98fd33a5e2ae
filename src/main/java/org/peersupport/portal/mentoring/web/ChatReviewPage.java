package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.ChatService.ChatConcern;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * moderation/chat.xhtml: held and reported chat messages, without their words; a moderator reveals
 * the conversation around one (audited, with a reason) and releases, removes or dismisses. Any
 * other message answers 404, except to an admin, who is warned that such a reveal is audited apart.
 */
@Named
@ViewScoped
public class ChatReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTEXT = ChatService.REVEAL_CONTEXT;

    @Inject
    private ChatService chat;

    @Inject
    private AccountService accounts;

    @Inject
    private Viewer currentMember;

    private Long message;
    private List<ChatConcern> concerns;
    private String why;
    private List<ChatLine> revealed;
    private boolean selectedHeld;
    private Map<Long, String> names;
    private ChatService.RevealScope scope;

    public void load() {
        concerns = chat.concerns();
        scope = message == null ? null : chat.revealScope(currentMember.getId(), message);
    }

    public void reveal() {
        revealed = chat.reveal(currentMember.getId(), message, why, CONTEXT);
        names = accounts.displayNamesOf(revealed.stream().map(ChatLine::senderId).distinct().toList());
        selectedHeld = revealed.stream().anyMatch(l -> l.id() == message && l.isHeld());
    }

    public void release() {
        chat.release(currentMember.getId(), message);
        done("mentoring.review.released");
    }

    public void remove() {
        chat.remove(currentMember.getId(), message, why);
        done("mentoring.review.removed");
    }

    public void dismiss() {
        chat.dismissReports(currentMember.getId(), message);
        done("mentoring.review.dismissed");
    }

    /** Acted on: the concern is settled, so the conversation closes again. */
    private void done(String key) {
        revealed = null;
        selectedHeld = false;
        names = null;
        message = null;
        why = null;
        load();
        Messages.addGlobalInfo(Bundle.text(key));
    }

    /** Held and flagged messages carry a bundle key; a member's report carries their own words. */
    public String reasonOf(ChatConcern concern) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(Bundle.NAME, org.omnifaces.util.Faces.getLocale());
        return bundle.containsKey(concern.reason()) ? bundle.getString(concern.reason()) : concern.reason();
    }

    public String nameOf(long accountId) {
        return names.get(accountId);
    }

    public boolean isSelectedHeld() {
        return selectedHeld;
    }

    /** The message is neither held nor reported: only an admin reaches it, and is told so. */
    public boolean isBeyondConcern() {
        return scope == ChatService.RevealScope.BEYOND_CONCERN;
    }

    public Long getMessage() {
        return message;
    }

    public void setMessage(Long message) {
        this.message = message;
    }

    public List<ChatConcern> getConcerns() {
        return concerns;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }

    public List<ChatLine> getRevealed() {
        return revealed;
    }
}
