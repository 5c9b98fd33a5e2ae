package org.peersupport.portal.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ReviewItem;
import org.peersupport.portal.moderation.ReviewedPosts.PostUnderReview;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * moderation/queue.xhtml: one queue of held and flagged posts (and, later, crisis alerts), oldest
 * first. A moderator claims an item, then approves, edits, hides or rejects it in context.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ModerationService moderation;

    @Inject
    private Viewer currentMember;

    @Inject
    private Clock clock;

    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> edits = new HashMap<>();

    /** A queue item with its post in context. */
    public record Entry(ReviewItem item, PostUnderReview post) {}

    private final LazyDataModel<Entry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(moderation.countOpen());
        }

        @Override
        public List<Entry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<ReviewItem> items = moderation.openItems(first, pageSize);
            Map<Long, PostUnderReview> posts = moderation.postsOf(items);
            return items.stream().map(i -> new Entry(i, i.getPostId() == null ? null : posts.get(i.getPostId()))).toList();
        }
    };

    public void claim(Entry entry) {
        if (moderation.claim(currentMember.getId(), entry.item().getId())) {
            edits.put(entry.item().getId(), entry.post() == null ? null : entry.post().body());
        } else {
            Messages.addGlobalWarn(Bundle.text("moderation.queue.claimedByAnother"));
        }
    }

    public void approve(Entry entry) {
        act(() -> moderation.approve(currentMember.getId(), entry.item().getId(), null), "moderation.queue.approved");
    }

    public void approveEdited(Entry entry) {
        String edited = edits.get(entry.item().getId());
        act(() -> moderation.approve(currentMember.getId(), entry.item().getId(), edited), "moderation.queue.approved");
    }

    public void hide(Entry entry) {
        remove(entry, false);
    }

    public void reject(Entry entry) {
        remove(entry, true);
    }

    private void remove(Entry entry, boolean reject) {
        String reason = reasons.get(entry.item().getId());
        if (reason == null || reason.isBlank()) {
            Messages.addGlobalError(Bundle.text("moderation.queue.reasonNeeded"));
            return;
        }
        act(() -> moderation.remove(currentMember.getId(), entry.item().getId(), reject, reason),
                reject ? "moderation.queue.rejected" : "moderation.queue.hidden");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.addGlobalInfo(Bundle.text(doneKey));
        } catch (ModerationService.ClaimedByAnotherException claimed) {
            Messages.addGlobalWarn(Bundle.text("moderation.queue.claimedByAnother"));
        }
    }

    public boolean isMine(Entry entry) {
        return entry.item().isClaimedBy(currentMember.getId(), clock.instant());
    }

    public boolean isTakenByAnother(Entry entry) {
        return entry.item().isClaimedByAnotherAt(currentMember.getId(), clock.instant());
    }

    public LazyDataModel<Entry> getEntries() {
        return entries;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getEdits() {
        return edits;
    }
}
