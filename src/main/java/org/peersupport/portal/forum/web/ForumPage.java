package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Topic;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.forum.TopicRow;
import org.peersupport.portal.shared.web.Bundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** forum/forum.xhtml?slug=…: a forum's topics by latest activity, a page at a time, and a new topic; a group's people are {@link GroupMembers}. */
@Named
@ViewScoped
public class ForumPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumGroupService groups;

    @Inject
    private TopicReadingService reading;

    @Inject
    private PostingService posting;

    @Inject
    private ForumReader forumReader;

    @Inject
    private WarningPreferences warningPreferences;

    private String slug;
    private Forum forum;

    @NotBlank
    @Size(min = Topic.TITLE_MIN, max = Topic.TITLE_MAX)
    private String title;

    private final PostDraft draft = new PostDraft();

    private final LazyDataModel<TopicRow> topics = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(reading.countTopics(forum.getId(), forumReader.reader(), warningPreferences.hidden()));
        }

        @Override
        public List<TopicRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return reading.topicsPage(forum.getId(), forumReader.reader(), warningPreferences.hidden(), first, pageSize);
        }
    };

    /** viewAction: the forum, if this member may enter it (otherwise 404). */
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

    public PostDraft getDraft() {
        return draft;
    }

    public LazyDataModel<TopicRow> getTopics() {
        return topics;
    }

    public Forum getForum() {
        return forum;
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
