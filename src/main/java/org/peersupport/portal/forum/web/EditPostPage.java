package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.Post;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.shared.web.Bundle;

/** forum/edit.xhtml?post=…: the author (or staff) changes a post; the old text is kept for moderators. */
@Named
@ViewScoped
public class EditPostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TopicReadingService reading;

    @Inject
    private PostingService posting;

    @Inject
    private ForumReader forumReader;

    private long postId;
    private long topicId;

    private final PostDraft draft = new PostDraft();

    /** viewAction: the post, if this person may edit it (otherwise 404). */
    public void load() {
        Post post = reading.postForEditing(forumReader.reader(), postId);
        topicId = post.getTopicId();
        draft.setBody(post.getBody());
        draft.setWarning(post.getContentWarning());
    }

    /** {@code body}: the post's input, where a refusal is shown. */
    public void save(UIComponent body) throws IOException {
        try {
            PostOutcome outcome = posting.edit(forumReader.reader(), postId, draft.getBody(), draft.getWarning());
            if (outcome.crisis()) {
                CrisisScreen.show(outcome);
                return;
            }
            Messages.addFlashGlobalInfo(Bundle.text(outcome.published() ? "forum.edit.saved" : "forum.post.held"));
            CrisisScreen.offerCheckInAfterRedirect(outcome);
            Faces.redirect(Faces.getRequestContextPath() + "/forum/topic.xhtml?id=" + outcome.topicId()
                    + (outcome.lookSoon() ? "#lookSoonCheckIn" : "#post-" + postId));
        } catch (PostRefusedException refused) {
            Refusals.show(body, refused);
        }
    }

    public PostDraft getDraft() {
        return draft;
    }

    public long getPostId() {
        return postId;
    }

    public void setPostId(long postId) {
        this.postId = postId;
    }

    public long getTopicId() {
        return topicId;
    }
}
