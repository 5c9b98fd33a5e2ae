package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.PostCandidate;
import org.peersupport.portal.moderation.PostEvent;
import org.peersupport.portal.moderation.ScreeningResult;
import org.peersupport.portal.moderation.StoredText;
import org.peersupport.portal.moderation.TextScreening;
import org.peersupport.portal.moderation.Writing;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.persistence.RetryOnConflict;

/**
 * Writing in the forum: topics, replies and edits (each through the one {@link TextScreening}),
 * deleting one's own post, support and flags. What the writer may not see answers
 * {@link NotFoundException}; what they may not do now, {@link PostRefusedException} with the reason.
 */
@ApplicationScoped
@Transactional
public class PostingService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountStanding standing;

    @Inject
    private TextScreening screening;

    @Inject
    private ModerationService moderation;

    @Inject
    private ForumAccess access;

    @Inject
    private Publication publication;

    @Inject
    private Event<PostEvent> postEvents;

    /** Starts a topic with its opening post; published, or held for a moderator. */
    @RetryOnConflict
    public PostOutcome startTopic(Reader author, long forumId, String title, String body, ContentWarning warning,
            boolean anonymous) {
        standing.requireActive(author.accountId());
        Forum forum = em.find(Forum.class, forumId);
        if (forum == null) {
            throw new NotFoundException("forum " + forumId);
        }
        access.requireEntry(forum, author);
        requireAnonymityAllowed(forum, anonymous);
        Instant now = clock.instant();
        requireSlowModeOver(forum.getSlowMode(), author, () -> lastPostInForum(author.accountId(), forumId), now);
        ScreeningResult screened = screen(author, PostCandidate.Kind.NEW_TOPIC, title, body);
        Topic topic = new Topic(forumId, author.accountId(), screened.title(), anonymous, now);
        em.persist(topic);
        em.flush();
        Post post = new Post(topic.getId(), author.accountId(), true, screened.text(), warning, anonymous, null, now);
        em.persist(post);
        em.flush();
        return settle(post, topic, forum, screened);
    }

    /**
     * Replies in a topic, optionally quoting one of its posts. Run again as a whole when it races
     * another reply or the same member's other tab (topic counters, the author's trust record).
     */
    @RetryOnConflict
    public PostOutcome reply(Reader author, long topicId, String body, ContentWarning warning, boolean anonymous,
            Long quotedPostId) {
        standing.requireActive(author.accountId());
        ForumAccess.TopicInForum found = access.topicInForum(topicId, author);
        Topic topic = found.topic();
        Forum forum = found.forum();
        if (!topic.getStatus().isPublic() && !author.staff()) {
            throw new NotFoundException("topic " + topicId);
        }
        requireAnonymityAllowed(forum, anonymous);
        Instant now = clock.instant();
        requireSlowModeOver(topic.getSlowMode(), author, () -> lastPostInTopic(author.accountId(), topicId), now);
        requireSlowModeOver(forum.getSlowMode(), author, () -> lastPostInForum(author.accountId(), forum.getId()), now);
        Long quoted = null;
        if (quotedPostId != null) {
            Post q = em.find(Post.class, quotedPostId);
            if (q != null && q.getTopicId() == topicId && q.getStatus().isPublic()) {
                quoted = q.getId();
            }
        }
        ScreeningResult screened = screen(author, PostCandidate.Kind.REPLY, null, body);
        Post post = new Post(topicId, author.accountId(), false, screened.text(), warning, anonymous, quoted, now);
        em.persist(post);
        em.flush();
        return settle(post, topic, forum, screened);
    }

    /** The author edits their post (staff may edit any); the old text is kept for moderators. */
    public PostOutcome edit(Reader editor, long postId, String body, ContentWarning warning) {
        standing.requireActive(editor.accountId());
        ForumAccess.PostInContext context = access.postInContext(postId, editor);
        Post post = context.post();
        if (!post.isWrittenBy(editor.accountId()) && !editor.staff()) {
            throw new NotFoundException("post " + postId);
        }
        if (post.getStatus() == PostStatus.DELETED || post.getStatus() == PostStatus.REJECTED) {
            throw new PostRefusedException("forum.edit.closed");
        }
        ScreeningResult screened = screen(editor, PostCandidate.Kind.EDIT, null, body);
        em.persist(post.edit(screened.text(), warning, editor.accountId(), clock.instant()));
        boolean held = screened.held() && post.getStatus() == PostStatus.VISIBLE;
        if (held) {
            post.hold(screened.reasonKey());
            context.topic().postWithdrawn();
            if (post.isOpening()) {
                context.topic().openingPostBecame(PostStatus.HELD);
            }
        }
        screening.settle(screened, StoredText.forumPost(post.getId(), post.getAuthorId(), held, post.getStatus().isPublic(),
                Publication.link(post.getTopicId(), post.getId())));
        return new PostOutcome(post.getTopicId(), post.getId(), post.getStatus().isPublic(), held && screened.crisis(),
                screened.lookSoon(), screened.supportingSomeone());
    }

    /** The author deletes their own post; the thread keeps a placeholder so replies still make sense. */
    public void deleteOwn(Reader author, long postId) {
        Post post = access.postInContext(postId, author).post();
        if (!post.isWrittenBy(author.accountId())) {
            throw new NotFoundException("post " + postId);
        }
        if (!post.getStatus().isPublic()) {
            Topic topic = em.find(Topic.class, post.getTopicId());
            topic.postPublished(post.getCreatedAt());
        }
        post.deleteByAuthor();
    }

    /** Adds the reader's support to a post, or takes it back; returns whether they now support it. */
    public boolean toggleSupport(Reader reader, long postId) {
        Post post = access.postInContext(postId, reader).post();
        if (!post.getStatus().isPublic() || post.isWrittenBy(reader.accountId())) {
            return false;
        }
        PostSupport existing = em.find(PostSupport.class, new PostSupport.Key(postId, reader.accountId()));
        if (existing != null) {
            em.remove(existing);
            post.supportRemoved();
            return false;
        }
        em.persist(new PostSupport(postId, reader.accountId(), clock.instant()));
        post.supportAdded();
        return true;
    }

    /**
     * Flags a post. The flag weighs what the flagger's trust and accuracy make it; when the post's
     * flags reach the policy's threshold it is hidden and goes to the moderators' queue.
     */
    public boolean flag(Reader flagger, long postId, FlagReason reason, String note) {
        Post post = access.postInContext(postId, flagger).post();
        if (post.isWrittenBy(flagger.accountId()) || !post.getStatus().isPublic()) {
            throw new PostRefusedException("forum.flag.notPossible");
        }
        if (em.createNamedQuery(PostFlag.COUNT_BY, Long.class).setParameter("post", postId)
                .setParameter("flagger", flagger.accountId()).getSingleResult() > 0) {
            throw new PostRefusedException("forum.flag.already");
        }
        double weight = moderation.flagWeight(flagger.accountId(), flagger.staff());
        em.persist(new PostFlag(postId, flagger.accountId(), reason, note, weight, clock.instant()));
        if (post.flaggedWith(weight, moderation.hideThreshold())) {
            post.hide("moderation.reason.flagged");
            Topic topic = em.find(Topic.class, post.getTopicId());
            topic.postWithdrawn();
            if (post.isOpening()) {
                topic.openingPostBecame(PostStatus.HIDDEN);
            }
            postEvents.fire(new PostEvent(PostEvent.Type.HIDDEN_BY_FLAGS, postId, post.getAuthorId(), "moderation.reason.flagged"));
            return true;
        }
        return false;
    }

    /** Rewrites and checks the text; a refusal rolls back with the reason the writer is shown. */
    private ScreeningResult screen(Reader author, PostCandidate.Kind kind, String title, String body) {
        ScreeningResult screened = screening.screen(new Writing(author.accountId(), author.staff(), kind, title, body,
                new PostingHistory(em, author.accountId())));
        if (screened.refused()) {
            throw new PostRefusedException(screened.reasonKey(), screened.arguments());
        }
        return screened;
    }

    /** A new post: held as the screening said, or published; then the screening's holds, flags and alerts. */
    private PostOutcome settle(Post post, Topic topic, Forum forum, ScreeningResult screened) {
        access.markRead(post.getAuthorId(), topic.getId());
        if (screened.held()) {
            post.hold(screened.reasonKey());
        } else {
            publication.publish(post, topic, forum, true);
        }
        screening.settle(screened, StoredText.forumPost(post.getId(), post.getAuthorId(), screened.held(),
                post.getStatus().isPublic(), Publication.link(topic.getId(), post.getId())));
        return new PostOutcome(topic.getId(), post.getId(), !screened.held(), screened.crisis(), screened.lookSoon(),
                screened.supportingSomeone());
    }

    private void requireAnonymityAllowed(Forum forum, boolean anonymous) {
        if (anonymous && !forum.isAllowsAnonymous()) {
            throw new PostRefusedException("forum.anonymous.notAllowed");
        }
    }

    private void requireSlowModeOver(SlowMode mode, Reader author, Supplier<Instant> lastPost, Instant now) {
        if (author.staff() || !mode.isActiveAt(now)) {
            return;
        }
        Optional<Duration> wait = mode.waitAfter(lastPost.get(), now);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().getSeconds() + 59) / 60);
            throw new PostRefusedException("forum.slowMode.wait", minutes);
        }
    }

    private Instant lastPostInTopic(long authorId, long topicId) {
        return em.createNamedQuery(Post.LAST_BY_AUTHOR_IN_TOPIC, Instant.class).setParameter("author", authorId)
                .setParameter("topic", topicId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Instant lastPostInForum(long authorId, long forumId) {
        return em.createNamedQuery(Post.LAST_BY_AUTHOR_IN_FORUM, Instant.class).setParameter("author", authorId)
                .setParameter("forum", forumId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** What the forum knows of the writer's recent posting, counted only when a posting limit asks. */
    private record PostingHistory(EntityManager em, long authorId) implements PostCandidate.PostingHistory {

        @Override
        public long topicsSince(Instant since) {
            return em.createNamedQuery(Topic.COUNT_BY_AUTHOR_SINCE, Long.class).setParameter("author", authorId)
                    .setParameter("since", since).getSingleResult();
        }

        @Override
        public long repliesSince(Instant since) {
            return em.createNamedQuery(Post.REPLIES_BY_AUTHOR_SINCE, Long.class).setParameter("author", authorId)
                    .setParameter("since", since).getSingleResult();
        }

        @Override
        public Optional<Instant> lastPostAt() {
            return em.createNamedQuery(Post.LAST_BY_AUTHOR, Instant.class).setParameter("author", authorId)
                    .setMaxResults(1).getResultStream().findFirst();
        }
    }
}
