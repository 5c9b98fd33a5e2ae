package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.forum.ForumStaffService;
import org.peersupport.portal.forum.PostRevision;
import org.peersupport.portal.forum.TopicReadingService;

/** forum/history.xhtml?post=…: earlier versions of an edited post, for moderators. */
@Named
@RequestScoped
public class PostHistoryPage {

    @Inject
    private ForumStaffService staff;

    @Inject
    private TopicReadingService reading;

    @Inject
    private ForumReader forumReader;

    private long postId;
    private String current;
    private long topicId;
    private List<PostRevision> revisions;

    public void load() {
        revisions = staff.revisions(forumReader.reader(), postId);
        var post = reading.postForReader(forumReader.reader(), postId);
        current = post.getBody();
        topicId = post.getTopicId();
    }

    public long getPostId() {
        return postId;
    }

    public void setPostId(long postId) {
        this.postId = postId;
    }

    public String getCurrent() {
        return current;
    }

    public long getTopicId() {
        return topicId;
    }

    public List<PostRevision> getRevisions() {
        return revisions;
    }
}
