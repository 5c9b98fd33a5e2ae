package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.moderation.PostEvent;
import org.peersupport.portal.moderation.ReviewedPosts;
import org.peersupport.portal.shared.web.SafeHtml;

/** The forum's side of the review queue: the posts moderators decide on, and their decisions applied to them. */
@ApplicationScoped
@Transactional
public class PostReviewService implements ReviewedPosts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Publication publication;

    @Inject
    private Event<PostEvent> postEvents;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, PostUnderReview> postsForReview(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT p, t, f, a.displayName FROM Post p, Topic t, Forum f, Account a"
                        + " WHERE t.id = p.topicId AND f.id = t.forumId AND a.id = p.authorId AND p.id IN :ids", Object[].class)
                .setParameter("ids", postIds).getResultList();
        Map<Long, List<FlagOnPost>> flags = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM PostFlag f WHERE f.postId IN :ids ORDER BY f.id", PostFlag.class)
                .setParameter("ids", postIds).getResultList()
                .forEach(f -> flags.computeIfAbsent(f.getPostId(), k -> new ArrayList<>())
                        .add(new FlagOnPost(f.getReason().name(), f.getNote(), f.getWeight())));
        Map<Long, PostUnderReview> result = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Post p = (Post) row[0];
            Topic t = (Topic) row[1];
            Forum f = (Forum) row[2];
            result.put(p.getId(), new PostUnderReview(p.getId(), t.getId(), t.getTitle(), f.getName(),
                    p.isAnonymous() ? null : p.getAuthorId(), p.isAnonymous() ? null : (String) row[3], p.isAnonymous(),
                    SafeHtml.sanitized(p.getBodyHtml()), p.getBody(),
                    p.getContentWarning() == null ? null : p.getContentWarning().name(),
                    flags.getOrDefault(p.getId(), List.of())));
        }
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewDecision approve(long moderatorId, long postId, String editedBody) {
        Post post = em.find(Post.class, postId);
        Topic topic = em.find(Topic.class, post.getTopicId());
        Forum forum = em.find(Forum.class, topic.getForumId());
        if (editedBody != null && !editedBody.isBlank()) {
            em.persist(post.edit(editedBody, post.getContentWarning(), moderatorId, clock.instant()));
        }
        boolean firstTime = post.getStatus() == PostStatus.HELD;
        List<Long> flaggers = decideFlags(postId, PostFlag.Outcome.DISMISSED);
        if (!post.getStatus().isPublic()) {
            publication.publish(post, topic, forum, firstTime);
        }
        return new ReviewDecision(post.getAuthorId(), topic.getId(), flaggers);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewDecision remove(long postId, boolean reject, String reason) {
        Post post = em.find(Post.class, postId);
        Topic topic = em.find(Topic.class, post.getTopicId());
        if (post.getStatus().isPublic()) {
            topic.postWithdrawn();
        }
        if (reject) {
            post.reject(reason);
        } else {
            post.hide(reason);
        }
        if (post.isOpening()) {
            topic.openingPostBecame(post.getStatus());
        }
        List<Long> flaggers = decideFlags(postId, PostFlag.Outcome.UPHELD);
        postEvents.fire(new PostEvent(PostEvent.Type.REMOVED, postId, post.getAuthorId(), reason));
        return new ReviewDecision(post.getAuthorId(), topic.getId(), flaggers);
    }

    private List<Long> decideFlags(long postId, PostFlag.Outcome outcome) {
        List<PostFlag> open = em.createNamedQuery(PostFlag.OPEN_ON_POST, PostFlag.class).setParameter("post", postId)
                .getResultList();
        open.forEach(f -> f.decide(outcome));
        return open.stream().map(PostFlag::getFlaggerId).toList();
    }
}
