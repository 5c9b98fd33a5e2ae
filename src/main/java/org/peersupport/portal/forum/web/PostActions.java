package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.FlagReason;
import org.peersupport.portal.forum.PostFlag;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * Flagging and deleting one post of the topic page. Both start from plain links on the page (?flag=,
 * ?delete= a post id), so a long page carries one Ajax button per post, not three.
 */
@Named
@ViewScoped
public class PostActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PostingService posting;

    @Inject
    private ForumReader forumReader;

    @Inject
    private TopicPage topicPage;

    private Long flaggingPostId;
    private FlagReason flagReason;
    @Size(max = PostFlag.NOTE_MAX)
    private String flagNote;
    private Long confirmingDeleteOf;

    /** viewAction after the topic page's: ?flag= and ?delete= come from links on that page, so another post id names nothing. */
    public void load() {
        for (Long postId : new Long[] {flaggingPostId, confirmingDeleteOf}) {
            if (postId != null && topicPage.getThread().posts().stream().noneMatch(p -> p.id() == postId)) {
                throw new NotFoundException("post " + postId + " on page " + topicPage.getPage() + " of topic "
                        + topicPage.getId());
            }
        }
    }

    public void cancelFlag() {
        flaggingPostId = null;
    }

    /** {@code note} and {@code reason}: the flag form's inputs, where what is missing or refused is shown. */
    public void flag(UIComponent note, UIComponent reason) {
        if (flagReason == FlagReason.OTHER && (flagNote == null || flagNote.isBlank())) {
            Refusals.show(note, "forum.flag.noteNeeded");
            return;
        }
        try {
            posting.flag(forumReader.reader(), flaggingPostId, flagReason, flagNote);
            Messages.addGlobalInfo(Bundle.text("forum.flag.thanks"));
            flaggingPostId = null;
            topicPage.refresh();
        } catch (PostRefusedException refused) {
            Refusals.show(reason, refused);
        }
    }

    public void cancelDelete() {
        confirmingDeleteOf = null;
    }

    public void delete() {
        posting.deleteOwn(forumReader.reader(), confirmingDeleteOf);
        confirmingDeleteOf = null;
        Messages.addGlobalInfo(Bundle.text("forum.post.deleted"));
        topicPage.refresh();
    }

    public FlagReason[] getFlagReasons() {
        return FlagReason.values();
    }

    public Long getFlaggingPostId() {
        return flaggingPostId;
    }

    public void setFlaggingPostId(Long flaggingPostId) {
        this.flaggingPostId = flaggingPostId;
    }

    public FlagReason getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(FlagReason flagReason) {
        this.flagReason = flagReason;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public void setFlagNote(String flagNote) {
        this.flagNote = flagNote;
    }

    public Long getConfirmingDeleteOf() {
        return confirmingDeleteOf;
    }

    public void setConfirmingDeleteOf(Long confirmingDeleteOf) {
        this.confirmingDeleteOf = confirmingDeleteOf;
    }
}
