package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.web.CurrentMember;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.ChatService.ChatConcern;
import org.peersupport.portal.shared.web.Bundle;

/**
 * moderation/chat.xhtml: held and reported chat messages, without their words; a moderator reveals
 * the conversation around one (audited, with a reason) and releases, removes or dismisses.
 */
@Named
@ViewScoped
public class ChatReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTEXT = 20;

    @Inject
    private ChatService chat;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentMember currentMember;

    private Long message;
    private List<ChatConcern> concerns;
    private String why;
    private List<ChatLine> revealed;
    private Map<Long, String> names;

    public void load() {
        concerns = chat.concerns();
    }

    public void reveal() {
        revealed = chat.reveal(currentMember.getId(), message, why, CONTEXT);
        names = accounts.displayNamesOf(revealed.stream().map(ChatLine::senderId).distinct().toList());
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

    private void done(String key) {
        revealed = chat.reveal(currentMember.getId(), message, Bundle.text("mentoring.review.afterAction"), CONTEXT);
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
        return revealed != null && revealed.stream().anyMatch(l -> l.id() == message && l.isHeld());
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
