package org.peersupport.portal.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.FlagReason;
import org.peersupport.portal.forum.ForumService;
import org.peersupport.portal.forum.PostFlag;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostView;
import org.peersupport.portal.forum.SlowMode;
import org.peersupport.portal.forum.TopicThread;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * forum/topic.xhtml?id=…&page=…: a topic's posts, the reply form, support, flags, quoting and
 * deleting; for moderators also anonymous authors' reveal and slow mode.
 */
@Named
@ViewScoped
public class TopicPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private ForumReader forumReader;

    @Inject
    private WarningPreferences warningPreferences;

    @Inject
    private Clock clock;

    private long id;
    private int page = 1;
    private TopicThread thread;

    private final PostDraft draft = new PostDraft();
    private Long quotedPostId;

    private Long flaggingPostId;
    private FlagReason flagReason;
    @Size(max = PostFlag.NOTE_MAX)
    private String flagNote;

    /** A look-soon post of this writer: the gentle check-in shows. */
    private boolean checkIn;
    private boolean helperNote;

    private Long confirmingDeleteOf;
    private final Map<Long, String> revealed = new HashMap<>();

    @Min(1)
    @Max(SlowMode.MAX_MINUTES)
    private Integer slowMinutes;
    @Min(1)
    @Max(24 * 30)
    private Integer slowHours;

    /**
     * viewAction: the page of posts, if this member may read the topic (otherwise 404). Quoting,
     * flagging and deleting start from plain links (?quote=, ?flag=, ?delete= a post id), so a
     * long page carries one Ajax button per post, not four.
     */
    public void load() {
        reload();
        if (page > 1 && thread.posts().isEmpty()) {
            throw new NotFoundException("page " + page + " of topic " + id); // beyond the last page
        }
        // ?flag= and ?delete= come from links on this very page: another post id names nothing here.
        for (Long postId : new Long[] {flaggingPostId, confirmingDeleteOf}) {
            if (postId != null && thread.posts().stream().noneMatch(p -> p.id() == postId)) {
                throw new NotFoundException("post " + postId + " on page " + page + " of topic " + id);
            }
        }
        checkIn = CrisisScreen.checkInAsked();
        helperNote = CrisisScreen.helperNoteAsked();
        if (quotedPostId != null) {
            draft.setBody(quoteOf(forums.postForReader(forumReader.reader(), quotedPostId).getBody()));
        }
    }

    private void reload() {
        thread = forums.readTopic(id, forumReader.reader(), page, warningPreferences.hidden());
    }

    private static String quoteOf(String body) {
        StringBuilder quoted = new StringBuilder();
        body.lines().forEach(line -> quoted.append("> ").append(line).append('\n'));
        return quoted.append('\n').toString();
    }

    public void reply() throws IOException {
        try {
            ForumService.PostOutcome outcome = forums.reply(forumReader.reader(), id, draft.getBody(), draft.getWarning(),
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
            page = Math.max(page, thread.lastPage());
            reload();
        } catch (PostRefusedException refused) {
            Refusals.show("reply:body", refused);
        }
    }

    public void toggleSupport(PostView post) {
        forums.toggleSupport(forumReader.reader(), post.id());
        reload();
    }

    public void cancelFlag() {
        flaggingPostId = null;
    }

    public void flag() {
        if (flagReason == FlagReason.OTHER && (flagNote == null || flagNote.isBlank())) {
            Messages.addError("flag:note", Bundle.text("forum.flag.noteNeeded"));
            return;
        }
        try {
            forums.flag(forumReader.reader(), flaggingPostId, flagReason, flagNote);
            Messages.addGlobalInfo(Bundle.text("forum.flag.thanks"));
            flaggingPostId = null;
            reload();
        } catch (PostRefusedException refused) {
            Refusals.show("flag:reason", refused);
        }
    }

    public void cancelDelete() {
        confirmingDeleteOf = null;
    }

    public void delete() {
        forums.deleteOwn(forumReader.reader(), confirmingDeleteOf);
        confirmingDeleteOf = null;
        Messages.addGlobalInfo(Bundle.text("forum.post.deleted"));
        reload();
    }

    public void reveal(PostView post) {
        revealed.put(post.id(), forums.revealAuthor(forumReader.reader(), post.id()));
    }

    public void slowDown() {
        if (slowMinutes == null) {
            Messages.addError("slow:minutes", Bundle.text("forum.slowMode.minutesNeeded"));
            return;
        }
        forums.slowDownTopic(forumReader.reader(), id, Duration.ofMinutes(slowMinutes),
                slowHours == null ? null : clock.instant().plus(Duration.ofHours(slowHours)));
        Messages.addGlobalInfo(Bundle.text("forum.slowMode.on", slowMinutes));
        reload();
    }

    public void endSlowMode() {
        forums.slowDownTopic(forumReader.reader(), id, null, null);
        Messages.addGlobalInfo(Bundle.text("forum.slowMode.off"));
        reload();
    }

    public boolean isSlowModeActive() {
        return thread.topic().getSlowMode().isActiveAt(clock.instant());
    }





    /** Authors revealed to this moderator, by post id. */
    public Map<Long, String> getRevealed() {
        return revealed;
    }

    public FlagReason[] getFlagReasons() {
        return FlagReason.values();
    }

    public TopicThread getThread() {
        return thread;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }







    public PostDraft getDraft() {
        return draft;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public void setQuotedPostId(Long quotedPostId) {
        this.quotedPostId = quotedPostId;
    }

    public Long getFlaggingPostId() {
        return flaggingPostId;
    }

    public void setFlaggingPostId(Long flaggingPostId) {
        this.flaggingPostId = flaggingPostId;
    }

    public Long getConfirmingDeleteOf() {
        return confirmingDeleteOf;
    }

    public void setConfirmingDeleteOf(Long confirmingDeleteOf) {
        this.confirmingDeleteOf = confirmingDeleteOf;
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

    public Integer getSlowMinutes() {
        return slowMinutes;
    }

    public void setSlowMinutes(Integer slowMinutes) {
        this.slowMinutes = slowMinutes;
    }

    public Integer getSlowHours() {
        return slowHours;
    }

    public void setSlowHours(Integer slowHours) {
        this.slowHours = slowHours;
    }

    public boolean isCheckIn() {
        return checkIn;
    }

    /** The writer asked how to help someone else in crisis: show how. */
    public boolean isHelperNote() {
        return helperNote;
    }
}
