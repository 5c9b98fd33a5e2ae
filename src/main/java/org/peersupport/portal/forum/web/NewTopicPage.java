package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Topic;
import org.peersupport.portal.shared.web.Bundle;

/**
 * forum/new-topic.xhtml?slug=…: a new topic in a forum the member may enter (otherwise 404). A page of
 * its own, reached from the forum's "Start a topic": the forum's list is read far more often than a
 * topic is started, and its form was an eighth of that page's rendering (issue 20).
 */
@Named
@ViewScoped
public class NewTopicPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;

    @Inject
    private ForumReader forumReader;

    private String slug;
    private Forum forum;

    @NotBlank
    @Size(min = Topic.TITLE_MIN, max = Topic.TITLE_MAX)
    private String title;

    private final PostDraft draft = new PostDraft();

    public void load() {
        forum = groups.forumForReader(slug, forumReader.reader());
    }

    /** {@code body}: the opening post's input, where a refusal is shown. */
    public void startTopic(UIComponent body) throws IOException {
        try {
            PostOutcome outcome = posting.startTopic(forumReader.reader(), forum.getId(), title, draft.getBody(),
                    draft.getWarning(), draft.isAnonymous());
            if (outcome.crisis()) {
                CrisisScreen.show(outcome);
                return;
            }
            Messages.addFlashGlobalInfo(Bundle.text(outcome.published() ? "forum.topic.published" : "forum.post.held"));
            CrisisScreen.offerCheckInAfterRedirect(outcome);
            Faces.redirect(Faces.getRequestContextPath() + "/forum/topic.xhtml?id=" + outcome.topicId());
        } catch (PostRefusedException refused) {
            Refusals.show(body, refused);
        }
    }

    public Forum getForum() {
        return forum;
    }

    public PostDraft getDraft() {
        return draft;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
