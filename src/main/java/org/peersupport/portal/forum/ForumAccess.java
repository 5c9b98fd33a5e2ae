package org.peersupport.portal.forum;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.peersupport.portal.shared.NotFoundException;

/**
 * The forum's one rule of what a reader may enter and see, and the lookups that apply it, shared by
 * the forum's services (it runs inside their transactions). What the reader may not see answers
 * {@link NotFoundException}, exactly like what does not exist.
 */
@Dependent
class ForumAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    record PostInContext(Post post, Topic topic, Forum forum) {}

    record TopicInForum(Topic topic, Forum forum) {}

    void requireEntry(Forum forum, Reader reader) {
        if (forum.isPrivateGroup() && !reader.staff() && membershipStatus(forum.getId(), reader.accountId())
                .filter(MembershipStatus.MEMBER::equals).isEmpty()) {
            throw new NotFoundException("forum " + forum.getId());
        }
    }

    Optional<MembershipStatus> membershipStatus(long forumId, long accountId) {
        return Optional.ofNullable(em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId)))
                .map(ForumMembership::getStatus);
    }

    Forum privateGroup(long forumId) {
        Forum forum = em.find(Forum.class, forumId);
        if (forum == null || !forum.isPrivateGroup()) {
            throw new NotFoundException("group " + forumId);
        }
        return forum;
    }

    /** A topic with its forum, in one query, if the reader may enter the forum. */
    TopicInForum topicInForum(long topicId, Reader reader) {
        Object[] found = em.createNamedQuery(Topic.WITH_FORUM, Object[].class).setParameter("id", topicId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("topic " + topicId));
        Forum forum = (Forum) found[1];
        requireEntry(forum, reader);
        return new TopicInForum((Topic) found[0], forum);
    }

    /** A post with its topic and forum, if the reader may see it. */
    PostInContext postInContext(long postId, Reader reader) {
        Object[] found = em.createNamedQuery(Post.WITH_TOPIC_AND_FORUM, Object[].class).setParameter("id", postId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("post " + postId));
        Post post = (Post) found[0];
        Topic topic = (Topic) found[1];
        Forum forum = (Forum) found[2];
        requireEntry(forum, reader);
        if (!post.isReadableBy(reader.accountId(), reader.staff())
                || (!topic.getStatus().isPublic() && topic.getAuthorId() != reader.accountId() && !reader.staff())) {
            throw new NotFoundException("post " + postId);
        }
        return new PostInContext(post, topic, forum);
    }

    /** The reader has read the topic up to now. */
    void markRead(long accountId, long topicId) {
        em.createNativeQuery("INSERT INTO topic_read (account_id, topic_id, read_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE read_at = GREATEST(read_at, VALUES(read_at))")
                .setParameter(1, accountId).setParameter(2, topicId)
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    static void requireStaff(Reader reader) {
        if (!reader.staff()) {
            throw new NotFoundException("staff action");
        }
    }
}
