package org.peersupport.portal.mentoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.Mentorship;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** Blocking the other person from the chat page: asked once, then the mentorship ends at once. */
@Named
@ViewScoped
public class ChatBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MentoringService mentoring;

    @Inject
    private ChatPage chatPage;

    @Inject
    private Viewer me;

    private boolean confirmingBlock;

    public void askToBlock() {
        confirmingBlock = true;
    }

    public void cancelBlock() {
        confirmingBlock = false;
    }

    /** Ends the mentorship at once; the other person's open chat closes with it. */
    public String blockAndEnd() {
        mentoring.end(me.getId(), chatPage.getId(), Mentorship.EndKind.BLOCKED, null, null, null);
        Messages.addFlashGlobalInfo(Bundle.text("mentoring.chat.blocked", chatPage.getOtherName()));
        return "/member/dashboard?faces-redirect=true";
    }

    public boolean isConfirmingBlock() {
        return confirmingBlock;
    }
}
