package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peersupport.portal.moderation.ReadingTime;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.persistence.MultiRowUpsert;
import org.peersupport.portal.shared.web.SafeHtml;

/**
 * Reading the forum: a forum's topics a page at a time, a topic's posts, a post to quote or edit.
 * What the reader may not see answers {@link NotFoundException}, exactly like what does not exist.
 */
@ApplicationScoped
@Transactional
public class TopicReadingService {

    public static final int POSTS_PER_PAGE = 20;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ReadingTime readingTime;

    @Inject
    private ForumAccess access;

    @Inject
    private TopicReadMarks readMarks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicRow> topicsPage(long forumId, Reader reader, Set<ContentWarning> hiddenWarnings, int first, int size) {
        readMarks.writeMarksOf(reader.accountId()); // what they have just read shows as read, not new
        List<Object[]> rows = em.createNamedQuery(Topic.PAGE_OF_FORUM, Object[].class)
                .setParameter("forum", forumId)
                .setParameter("me", reader.accountId())
                .setParameter("staff", reader.staff())
                .setParameter("hidesNone", hiddenWarnings.isEmpty())
                .setParameter("hidden", hiddenOrAny(hiddenWarnings))
                .setFirstResult(first).setMaxResults(size)
                .getResultList();
        List<TopicRow> topics = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Topic t = (Topic) row[0];
            Instant readAt = (Instant) row[2];
            // An erased starter has no name: the page says "a former member".
            boolean named = !t.isAnonymous() && row[3] == null;
            topics.add(new TopicRow(t.getId(), t.getTitle(), named ? (String) row[1] : null, t.isAnonymous(),
                    t.getPostCount(), t.getLastActivityAt(), t.getStatus(),
                    readAt == null || readAt.isBefore(t.getLastActivityAt())));
        }
        return topics;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countTopics(long forumId, Reader reader, Set<ContentWarning> hiddenWarnings) {
        return em.createNamedQuery(Topic.COUNT_OF_FORUM, Long.class)
                .setParameter("forum", forumId)
                .setParameter("me", reader.accountId())
                .setParameter("staff", reader.staff())
                .setParameter("hidesNone", hiddenWarnings.isEmpty())
                .setParameter("hidden", hiddenOrAny(hiddenWarnings))
                .getSingleResult();
    }

    /** A non-empty list for the IN clause; with nothing hidden, :hidesNone makes its content irrelevant. */
    private static List<ContentWarning> hiddenOrAny(Set<ContentWarning> hiddenWarnings) {
        return hiddenWarnings.isEmpty() ? List.of(ContentWarning.values()) : List.copyOf(hiddenWarnings);
    }

    /**
     * One page (1-based) of a topic for a reader, in a fixed number of statements whatever its
     * length: the topic with its forum, membership if private, the posts with names and the reader's
     * support. The read marker and reading time are written behind ({@link TopicReadMarks}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicThread readTopic(long topicId, Reader reader, int page, Set<ContentWarning> hiddenWarnings) {
        ForumAccess.TopicInForum found = access.topicInForum(topicId, reader);
        Topic topic = found.topic();
        Forum forum = found.forum();
        if (!topic.getStatus().isPublic() && topic.getAuthorId() != reader.accountId() && !reader.staff()) {
            throw new NotFoundException("topic " + topicId);
        }
        int current = Math.max(1, page);
        List<Object[]> rows = em.createNamedQuery(Post.PAGE_OF_TOPIC, Object[].class)
                .setParameter("topic", topicId)
                .setParameter("me", reader.accountId())
                .setParameter("staff", reader.staff())
                .setFirstResult((current - 1) * POSTS_PER_PAGE).setMaxResults(POSTS_PER_PAGE + 1)
                .getResultList();
        boolean hasNext = rows.size() > POSTS_PER_PAGE;
        // A post under a warning the reader hides is left out altogether (not even its author or time); the
        // page only says how many were left out. Their own posts always show.
        List<Post> onPage = rows.stream().limit(POSTS_PER_PAGE).map(row -> (Post) row[0]).toList();
        List<PostView> posts = rows.stream().limit(POSTS_PER_PAGE)
                .filter(row -> !hiddenFrom((Post) row[0], reader, hiddenWarnings))
                // An erased author's posts stay, with neither name nor id: "a former member".
                .map(row -> view((Post) row[0], row[3] != null ? null : (String) row[1], row[2] != null, reader)).toList();
        int leftOut = onPage.size() - posts.size();
        readMarks.add(reader.accountId(), topicId); // both written a moment later, off this page view
        readingTime.record(reader.accountId());
        int lastPage = Math.max(1, (topic.getPostCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        return new TopicThread(topic, forum, posts, current, hasNext, Math.max(lastPage, current), leftOut);
    }

    private static boolean hiddenFrom(Post p, Reader reader, Set<ContentWarning> hidden) {
        return !p.isWrittenBy(reader.accountId()) && p.getContentWarning() != null && hidden.contains(p.getContentWarning());
    }

    private PostView view(Post p, String authorName, boolean supportedByMe, Reader reader) {
        boolean mine = p.isWrittenBy(reader.accountId());
        boolean deleted = p.getStatus() == PostStatus.DELETED;
        boolean named = !p.isAnonymous() && authorName != null;
        return new PostView(p.getId(), named ? p.getAuthorId() : null, named ? authorName : null,
                p.isAnonymous(), mine, SafeHtml.sanitized(deleted ? "" : p.getBodyHtml()), deleted ? "" : p.getBody(), p.getContentWarning(), p.getStatus(),
                mine || reader.staff() ? p.getModerationReason() : null, p.getCreatedAt(), p.getEditedAt(),
                p.getSupportCount(), supportedByMe, p.isOpening());
    }

    /** A post the reader may see, for the edit page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Post postForEditing(Reader reader, long postId) {
        Post post = access.postInContext(postId, reader).post();
        if (!post.isWrittenBy(reader.accountId()) && !reader.staff()) {
            throw new NotFoundException("post " + postId);
        }
        return post;
    }

    /** A post the reader may see, for quoting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Post postForReader(Reader reader, long postId) {
        return access.postInContext(postId, reader).post();
    }

    /**
     * Read markers in one statement: MariaDB applies the rows of a multi-row upsert in order, and a
     * marker only ever moves forward.
     */
    public void writeReadMarks(List<TopicReadMarks.ReadMark> marks) {
        MultiRowUpsert.write(em, marks, "INSERT INTO topic_read (account_id, topic_id, read_at) VALUES ", "(?, ?, ?)",
                " ON DUPLICATE KEY UPDATE read_at = GREATEST(read_at, VALUES(read_at))",
                mark -> List.of(mark.accountId(), mark.topicId(), LocalDateTime.ofInstant(mark.readAt(), ZoneOffset.UTC)));
    }
}
