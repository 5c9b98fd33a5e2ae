package org.peersupport.portal.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.forum.TopicRow;
import org.peersupport.portal.shared.NotFoundException;

/** forum/forum.xhtml?slug=…: a forum's topics by latest activity, a page at a time (a new topic is {@link NewTopicPage}'s); a group's people are {@link GroupMembers}. */
@Named
@ViewScoped
public class ForumPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TOPICS_PER_PAGE = 20;

    @Inject
    private ForumGroupService groups;

    @Inject
    private TopicReadingService reading;

    @Inject
    private ForumReader forumReader;

    @Inject
    private WarningPreferences warningPreferences;

    private String slug;
    private Forum forum;

    private int page = 1;
    private List<TopicRow> topics = List.of();
    private boolean nextPage;

    /**
     * viewAction: the forum, if this member may enter it, and its page of topics (otherwise 404).
     * One row more than a page tells whether an older page follows, without counting them all.
     */
    public void load() {
        forum = groups.forumForReader(slug, forumReader.reader());
        List<TopicRow> rows = reading.topicsPage(forum.getId(), forumReader.reader(), warningPreferences.hidden(),
                (page - 1) * TOPICS_PER_PAGE, TOPICS_PER_PAGE + 1);
        nextPage = rows.size() > TOPICS_PER_PAGE;
        topics = nextPage ? rows.subList(0, TOPICS_PER_PAGE) : rows;
        if (page > 1 && topics.isEmpty()) {
            throw new NotFoundException("page " + page + " of forum " + forum.getSlug()); // beyond the last page
        }
    }

    public List<TopicRow> getTopics() {
        return topics;
    }

    public Integer getPage() {
        return page;
    }

    /** An empty ?page= is the first page. */
    public void setPage(Integer page) {
        this.page = page == null ? 1 : page;
    }

    public boolean isNextPage() {
        return nextPage;
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
}
