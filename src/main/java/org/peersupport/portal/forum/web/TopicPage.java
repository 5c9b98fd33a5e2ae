package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.PostOutcome;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.forum.TopicThread;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * forum/topic.xhtml?id=…&page=…: a topic's posts, the reply form, support and quoting. Flagging and
 * deleting a post are {@link PostActions}; moderators' tools are {@link TopicStaffTools}.
 */
@Named
@ViewScoped
public class TopicPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TopicReadingService reading;

    @Inject
    private PostingService posting;

    @Inject
    private ForumReader forumReader;

    @Inject
    private WarningPreferences warningPreferences;

    @Inject
    private Clock clock;

    private long id;
    private int page = 1;
    private TopicThread thread;
    private boolean slowModeActive;

    private final PostDraft draft = new PostDraft();
    private Long quotedPostId;

    /** A look-soon post of this writer: the gentle check-in shows. */
    private boolean checkIn;
    private boolean helperNote;
    /** The reply this writer just posted: focus lands on it. */
    private Long postedId;
    private Long supportedPostId;

    /**
     * viewAction: the page of posts, if this member may read the topic (otherwise 404). Quoting
     * starts from a plain link (?quote= a post id), so a long page carries one Ajax button per post.
     */
    public void load() {
        refresh();
        if (page > 1 && thread.posts().isEmpty()) {
            throw new NotFoundException("page " + page + " of topic " + id); // beyond the last page
        }
        checkIn = CrisisScreen.checkInAsked();
        helperNote = CrisisScreen.helperNoteAsked();
        if (quotedPostId != null) {
            draft.quote(reading.postForReader(forumReader.reader(), quotedPostId).getBody());
        }
    }

    /** Reads the page of posts again, after this or another part of the page changed something. */
    public void refresh() {
        thread = reading.readTopic(id, forumReader.reader(), page, warningPreferences.hidden());
        slowModeActive = thread.topic().getSlowMode().isActiveAt(clock.instant());
    }

    /** {@code body}: the reply's input, where a refusal is shown. */
    public void reply(UIComponent body) throws IOException {
        try {
            PostOutcome outcome = posting.reply(forumReader.reader(), id, draft.getBody(), draft.getWarning(),
                    draft.isAnonymous(), quotedPostId);
            if (outcome.crisis()) {
                CrisisScreen.show(outcome);
                return;
            }
            Messages.addGlobalInfo(Bundle.text(outcome.published() ? "forum.reply.published" : "forum.post.held"));
            checkIn = outcome.lookSoon();
            helperNote = outcome.supportingSomeone();
            draft.clear();
            quotedPostId = null;
            postedId = outcome.postId();
            refresh();
            if (thread.lastPage() > page) { // the new reply is on the last page, which may have just begun
                page = thread.lastPage();
                refresh();
            }
        } catch (PostRefusedException refused) {
            Refusals.show(body, refused);
        }
    }

    /** The post whose support button was pressed ({@code supportPost} in topic.js sets it). */
    public void toggleSupport() {
        if (supportedPostId != null) {
            posting.toggleSupport(forumReader.reader(), supportedPostId);
            supportedPostId = null;
            refresh();
        }
    }

    public Long getSupportedPostId() { return supportedPostId; }
    public void setSupportedPostId(Long supportedPostId) { this.supportedPostId = supportedPostId; }

    public TopicThread getThread() {
        return thread;
    }

    public boolean isSlowModeActive() {
        return slowModeActive;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public int getPage() { return page; }

    public void setPage(int page) { this.page = page; }

    public PostDraft getDraft() {
        return draft;
    }

    public Long getQuotedPostId() { return quotedPostId; }

    public void setQuotedPostId(Long quotedPostId) { this.quotedPostId = quotedPostId; }

    public boolean isCheckIn() { return checkIn; }

    public Long getPostedId() { return postedId; }

    /** The writer asked how to help someone else in crisis: show how. */
    public boolean isHelperNote() {
        return helperNote;
    }
}
