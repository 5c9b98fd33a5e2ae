package org.peersupport.portal.mentoring.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatMessage;
import org.peersupport.portal.mentoring.ChatSendResult;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/**
 * mentoring/chat.xhtml?id=…: the chat with one's mentor or mentee. The newest page is rendered
 * here and older pages on request; live messages come over the chat socket (resources/js/chat.js),
 * and sending falls back to a plain post without it. Reporting a message is {@link ChatReportForm},
 * blocking {@link ChatBlock}. Outsiders get 404.
 */
@Named
@ViewScoped
public class ChatPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CHECK_IN = "portal.lookSoonCheckIn";

    @Inject
    private ChatService chat;

    @Inject
    private AccountService accounts;

    @Inject
    private Viewer me;

    private long id;
    private String otherName;
    private boolean active;
    private final List<ChatLine> lines = new ArrayList<>();
    private boolean earlierAvailable;
    private long seenByOther;
    private Long firstUnreadId;

    @Size(max = ChatMessage.MAX_LENGTH)
    private String draft;
    /** This member's last message asked a moderator to look soon (the page without scripts). */
    private boolean checkIn;

    /** viewAction: the newest messages, and everything shown counts as read. */
    public void load() {
        Mentorship mentorship = chat.conversation(me.getId(), id);
        long other = mentorship.otherThan(me.getId());
        otherName = accounts.displayNamesOf(List.of(other)).get(other);
        active = mentorship.isActive();
        checkIn = Boolean.TRUE.equals(Faces.getFlashAttribute(CHECK_IN));
        ChatService.ReadState state = chat.readState(me.getId(), id);
        seenByOther = state.seenByOther();
        lines.clear();
        lines.addAll(olderPage(null));
        firstUnreadId = lines.stream().filter(l -> !l.mine() && l.body() != null && l.id() > state.lastRead())
                .map(ChatLine::id).findFirst().orElse(null);
        if (!lines.isEmpty()) {
            chat.markRead(me.getId(), id, lines.get(lines.size() - 1).id());
        }
    }

    /** A page before {@code beforeId}, noting whether there is more before it. */
    private List<ChatLine> olderPage(Long beforeId) {
        List<ChatLine> page = new ArrayList<>(chat.page(me.getId(), id, beforeId, ChatService.PAGE_SIZE + 1));
        earlierAvailable = page.size() > ChatService.PAGE_SIZE;
        return earlierAvailable ? page.subList(1, page.size()) : page;
    }

    public void loadEarlier() {
        if (!lines.isEmpty()) {
            lines.addAll(0, olderPage(lines.get(0).id()));
        }
    }

    /** Without the socket (no JavaScript, or it could not connect): a plain post, then the page again. */
    public String send(UIComponent text) {
        ChatSendResult result = chat.send(me.getId(), id, draft);
        if (result.outcome() == ChatSendResult.Outcome.REFUSED) {
            Messages.addError(text.getClientId(), Bundle.text(result.reasonKey(), result.arguments().toArray()));
            return null;
        }
        if (result.lookSoon()) {
            Faces.setFlashAttribute(CHECK_IN, Boolean.TRUE);
        }
        return backToChat();
    }

    public String backToChat() {
        return "/mentoring/chat?faces-redirect=true&id=" + id;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getOtherName() {
        return otherName;
    }

    public boolean isActive() {
        return active;
    }

    public List<ChatLine> getLines() {
        return lines;
    }

    public boolean isEarlierAvailable() {
        return earlierAvailable;
    }

    public long getSeenByOther() {
        return seenByOther;
    }

    public Long getFirstUnreadId() {
        return firstUnreadId;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public boolean isCheckIn() {
        return checkIn;
    }
}
