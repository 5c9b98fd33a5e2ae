package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/** What staff do on a topic or post beyond the review queue: slow mode, who wrote it, its revisions. Each is audited. */
@ApplicationScoped
@Transactional
public class ForumStaffService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    /** Slow mode on a topic: each member may post once per interval until {@code until} (null: until turned off). */
    public void slowDownTopic(Reader staff, long topicId, Duration interval, Instant until) {
        ForumAccess.requireStaff(staff);
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new NotFoundException("topic " + topicId);
        }
        topic.slowDown(interval == null ? SlowMode.off() : SlowMode.of(interval, until));
        audit.record(staff.accountId(), interval == null ? ForumAudit.SLOW_MODE_OFF : ForumAudit.SLOW_MODE_ON, "TOPIC", topicId,
                interval == null ? null : interval.toMinutes() + " min");
    }

    /** Shows a moderator who wrote an anonymous post. Every reveal is audited. */
    public String revealAuthor(Reader staff, long postId) {
        Post post = staffPost(staff, postId);
        audit.record(staff.accountId(), ForumAudit.ANONYMOUS_AUTHOR_REVEALED, "POST", postId, null);
        return accounts.getAccount(post.getAuthorId()).getDisplayName();
    }

    /** Who wrote a post, for staff acting on it (sanctions); audited like a reveal when the post is anonymous. */
    public long authorOf(Reader staff, long postId) {
        Post post = staffPost(staff, postId);
        if (post.isAnonymous()) {
            audit.record(staff.accountId(), ForumAudit.ANONYMOUS_AUTHOR_REVEALED, "POST", postId, null);
        }
        return post.getAuthorId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostRevision> revisions(Reader staff, long postId) {
        ForumAccess.requireStaff(staff);
        return em.createNamedQuery(PostRevision.OF_POST, PostRevision.class).setParameter("post", postId).getResultList();
    }

    private Post staffPost(Reader staff, long postId) {
        ForumAccess.requireStaff(staff);
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException("post " + postId);
        }
        return post;
    }
}
