package org.peersupport.portal.forum.web;

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
import org.peersupport.portal.forum.GroupMember;
import org.peersupport.portal.forum.ForumService;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.Topic;
import org.peersupport.portal.forum.TopicRow;
import org.peersupport.portal.shared.web.Bundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** forum/forum.xhtml?slug=…: a forum's topics by latest activity, a page at a time, and a new topic. */
@Named
@ViewScoped
public class ForumPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

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
    private String invitee;
    private List<GroupMember> members = List.of();

    private final LazyDataModel<TopicRow> topics = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(forums.countTopics(forum.getId(), forumReader.reader(), warningPreferences.hidden()));
        }

        @Override
        public List<TopicRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return forums.topicsPage(forum.getId(), forumReader.reader(), warningPreferences.hidden(), first, pageSize);
        }
    };

    /** viewAction: the forum, if this member may enter it (otherwise 404). */
    public void load() {
        forum = forums.forumForReader(slug, forumReader.reader());
        loadMembers();
    }

    private void loadMembers() {
        members = forum.isPrivateGroup() && forumReader.isStaff() ? forums.membersOf(forum.getId()) : List.of();
    }

    public void startTopic() throws IOException {
        try {
            ForumService.PostOutcome outcome = forums.startTopic(forumReader.reader(), forum.getId(), title, draft.getBody(),
                    draft.getWarning(), draft.isAnonymous());
            if (outcome.crisis()) {
                CrisisScreen.show(outcome);
                return;
            }
            Messages.addFlashGlobalInfo(Bundle.text(outcome.published() ? "forum.topic.published" : "forum.post.held"));
            CrisisScreen.offerCheckInAfterRedirect(outcome);
            Faces.redirect(Faces.getRequestContextPath() + "/forum/topic.xhtml?id=" + outcome.topicId());
        } catch (PostRefusedException refused) {
            Refusals.show("newTopic:body", refused);
        }
    }

    public void invite() {
        try {
            forums.invite(forumReader.reader().accountId(), forum.getId(), invitee);
            Messages.addGlobalInfo(Bundle.text("forum.group.invited", invitee));
            invitee = null;
            loadMembers();
        } catch (PostRefusedException refused) {
            Refusals.show("members:invitee", refused);
        }
    }

    public void admit(GroupMember member) {
        forums.admit(forumReader.reader().accountId(), forum.getId(), member.accountId());
        loadMembers();
    }

    public void remove(GroupMember member) {
        forums.removeFromGroup(forumReader.reader().accountId(), forum.getId(), member.accountId());
        loadMembers();
    }

    public List<GroupMember> getMembers() {
        return members;
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







    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }
}
