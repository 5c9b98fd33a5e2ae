package org.peersupport.portal.forum;

import org.peersupport.portal.shared.markdown.SafeMarkdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.PostCandidate;
import org.peersupport.portal.moderation.Verdict;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.persistence.InstantConverter;
import org.peersupport.portal.shared.persistence.RetryOnConflict;
import org.peersupport.portal.shared.web.SafeHtml;

/**
 * Forums, private groups, topics and posts: the transaction boundary of the forum. Every read and
 * write checks that the reader may see the object; what they may not see answers
 * {@link NotFoundException}, exactly like what does not exist.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    public static final int POSTS_PER_PAGE = 20;
    static final int SEARCH_LIMIT = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private ModerationService moderation;

    @Inject
    private AccountStanding standing;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PostEvent> postEvents;

    // ---- forums and groups ----

    /** Forums open to every member, in their display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Forum> openForums() {
        return em.createNamedQuery(Forum.BY_VISIBILITY, Forum.class)
                .setParameter("visibility", ForumVisibility.OPEN)
                .getResultList();
    }

    /** Private groups this reader is in, invited to or asked to join, plus listed ones they may ask to join. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupListing> privateGroupsFor(Reader reader) {
        return em.createNamedQuery(Forum.PRIVATE_FOR_MEMBER, Object[].class)
                .setParameter("account", reader.accountId())
                .setParameter("staff", reader.staff())
                .getResultList().stream()
                .map(row -> new GroupListing((Forum) row[0], (MembershipStatus) row[1]))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForums() {
        return em.createNamedQuery(Forum.COUNT_ALL, Long.class).getSingleResult();
    }

    public Forum createForum(String slug, String name, String description, ForumVisibility visibility, int position) {
        Forum forum = new Forum(slug, name, description, visibility, position, clock.instant());
        em.persist(forum);
        em.flush();
        return forum;
    }

    /** Demo data and admins: let members post anonymously in a forum, and list or unlist a group. */
    public void configure(long forumId, boolean allowsAnonymous, boolean listed) {
        Forum forum = em.find(Forum.class, forumId);
        forum.allowAnonymous(allowsAnonymous);
        forum.list(listed);
    }

    /** The forum, if the reader may enter it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum forumForReader(String slug, Reader reader) {
        Forum forum = em.createNamedQuery(Forum.BY_SLUG, Forum.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("forum " + slug));
        requireEntry(forum, reader);
        return forum;
    }

    private void requireEntry(Forum forum, Reader reader) {
        if (forum.isPrivateGroup() && !reader.staff() && membershipStatus(forum.getId(), reader.accountId())
                .filter(MembershipStatus.MEMBER::equals).isEmpty()) {
            throw new NotFoundException("forum " + forum.getId());
        }
    }

    private Optional<MembershipStatus> membershipStatus(long forumId, long accountId) {
        return Optional.ofNullable(em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId)))
                .map(ForumMembership::getStatus);
    }

    /** Staff invite a member by display name; an invited member who had asked to join is admitted at once. */
    public void invite(long staffId, long forumId, String displayName) {
        Forum forum = privateGroup(forumId);
        Account invitee = accounts.findByDisplayNames(List.of(displayName)).stream().findFirst()
                .orElseThrow(() -> new PostRefusedException("forum.group.noSuchMember", displayName));
        ForumMembership existing = em.find(ForumMembership.class, new ForumMembership.Key(forumId, invitee.getId()));
        if (existing == null) {
            em.persist(new ForumMembership(forumId, invitee.getId(), MembershipStatus.INVITED, clock.instant()));
            notifications.notify(invitee.getId(), NotificationKind.GROUP_INVITATION, "/forum/index.xhtml",
                    List.of(forum.getName()));
        } else if (existing.getStatus() == MembershipStatus.REQUESTED) {
            existing.admit();
        }
        audit.record(staffId, "GROUP_INVITED", AuditTrail.SUBJECT_ACCOUNT, invitee.getId(), forum.getSlug());
    }

    /** A member asks to join a listed group; unlisted groups answer as if they did not exist. */
    public void requestToJoin(Reader reader, long forumId) {
        standing.requireActive(reader.accountId());
        Forum forum = privateGroup(forumId);
        if (!forum.isListed()) {
            throw new NotFoundException("forum " + forumId);
        }
        if (em.find(ForumMembership.class, new ForumMembership.Key(forumId, reader.accountId())) == null) {
            em.persist(new ForumMembership(forumId, reader.accountId(), MembershipStatus.REQUESTED, clock.instant()));
        }
    }

    /** The invitee accepts. */
    public void acceptInvitation(Reader reader, long forumId) {
        standing.requireActive(reader.accountId());
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, reader.accountId()));
        if (membership == null || membership.getStatus() != MembershipStatus.INVITED) {
            throw new NotFoundException("invitation " + forumId);
        }
        membership.admit();
    }

    /** Staff admit someone who asked. */
    public void admit(long staffId, long forumId, long accountId) {
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId));
        if (membership == null) {
            throw new NotFoundException("request " + forumId);
        }
        membership.admit();
        audit.record(staffId, "GROUP_ADMITTED", AuditTrail.SUBJECT_ACCOUNT, accountId, privateGroup(forumId).getSlug());
    }

    /** Staff remove a member (or an invitation or request); a member may also leave or decline. */
    public void removeFromGroup(long actorId, long forumId, long accountId) {
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId));
        if (membership != null) {
            em.remove(membership);
            if (actorId != accountId) {
                audit.record(actorId, "GROUP_REMOVED", AuditTrail.SUBJECT_ACCOUNT, accountId, privateGroup(forumId).getSlug());
            }
        }
    }

    /** The group's people with their display names, for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupMember> membersOf(long forumId) {
        List<ForumMembership> memberships = em.createNamedQuery(ForumMembership.OF_FORUM, ForumMembership.class)
                .setParameter("forum", forumId).getResultList();
        Map<Long, String> names = displayNames(memberships.stream().map(ForumMembership::getAccountId).toList());
        return memberships.stream()
                .map(m -> new GroupMember(m.getAccountId(), names.get(m.getAccountId()), m.getStatus())).toList();
    }

    private Forum privateGroup(long forumId) {
        Forum forum = em.find(Forum.class, forumId);
        if (forum == null || !forum.isPrivateGroup()) {
            throw new NotFoundException("group " + forumId);
        }
        return forum;
    }

    // ---- topics ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TopicRow> topicsPage(long forumId, Reader reader, Set<ContentWarning> hiddenWarnings, int first, int size) {
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
            topics.add(new TopicRow(t.getId(), t.getTitle(), t.isAnonymous() ? null : (String) row[1], t.isAnonymous(),
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
     * support, then the read marker and reading time.
     */
    public TopicThread readTopic(long topicId, Reader reader, int page, Set<ContentWarning> hiddenWarnings) {
        TopicInForum found = topicInForum(topicId, reader);
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
                .map(row -> view((Post) row[0], (String) row[1], row[2] != null, reader)).toList();
        int leftOut = onPage.size() - posts.size();
        markRead(reader.accountId(), topicId);
        moderation.recordReading(reader.accountId());
        int lastPage = Math.max(1, (topic.getPostCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        return new TopicThread(topic, forum, posts, current, hasNext, Math.max(lastPage, current), leftOut);
    }

    private static boolean hiddenFrom(Post p, Reader reader, Set<ContentWarning> hidden) {
        return !p.isWrittenBy(reader.accountId()) && p.getContentWarning() != null && hidden.contains(p.getContentWarning());
    }

    private PostView view(Post p, String authorName, boolean supportedByMe, Reader reader) {
        boolean mine = p.isWrittenBy(reader.accountId());
        boolean deleted = p.getStatus() == PostStatus.DELETED;
        return new PostView(p.getId(), p.isAnonymous() ? null : p.getAuthorId(), p.isAnonymous() ? null : authorName,
                p.isAnonymous(), mine, SafeHtml.sanitized(deleted ? "" : p.getBodyHtml()), deleted ? "" : p.getBody(), p.getContentWarning(), p.getStatus(),
                mine || reader.staff() ? p.getModerationReason() : null, p.getCreatedAt(), p.getEditedAt(),
                p.getSupportCount(), supportedByMe, p.isOpening());
    }

    private void markRead(long accountId, long topicId) {
        em.createNativeQuery("INSERT INTO topic_read (account_id, topic_id, read_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE read_at = GREATEST(read_at, VALUES(read_at))")
                .setParameter(1, accountId).setParameter(2, topicId)
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Starts a topic with its opening post; published, or held for a moderator. */
    @RetryOnConflict
    public PostOutcome startTopic(Reader author, long forumId, String title, String body, ContentWarning warning,
            boolean anonymous) {
        standing.requireActive(author.accountId());
        Forum forum = em.find(Forum.class, forumId);
        if (forum == null) {
            throw new NotFoundException("forum " + forumId);
        }
        requireEntry(forum, author);
        requireAnonymityAllowed(forum, anonymous);
        Instant now = clock.instant();
        requireSlowModeOver(forum.getSlowMode(), author, () -> lastPostInForum(author.accountId(), forumId), now);
        title = moderation.rewrite(title);
        body = moderation.rewrite(body);
        Verdict verdict = check(author, PostCandidate.Kind.NEW_TOPIC, title + "\n\n" + body);
        Topic topic = new Topic(forumId, author.accountId(), title, anonymous, now);
        em.persist(topic);
        em.flush();
        Post post = new Post(topic.getId(), author.accountId(), true, body, warning, anonymous, null, now);
        em.persist(post);
        em.flush();
        return settle(post, topic, forum, verdict);
    }

    /**
     * Replies in a topic, optionally quoting one of its posts. Run again as a whole when it races
     * another reply or the same member's other tab (topic counters, the author's trust record).
     */
    @RetryOnConflict
    public PostOutcome reply(Reader author, long topicId, String body, ContentWarning warning, boolean anonymous,
            Long quotedPostId) {
        standing.requireActive(author.accountId());
        TopicInForum found = topicInForum(topicId, author);
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
        body = moderation.rewrite(body);
        Verdict verdict = check(author, PostCandidate.Kind.REPLY, body);
        Post post = new Post(topicId, author.accountId(), false, body, warning, anonymous, quoted, now);
        em.persist(post);
        em.flush();
        return settle(post, topic, forum, verdict);
    }

    /** The author edits their post (staff may edit any); the old text is kept for moderators. */
    public PostOutcome edit(Reader editor, long postId, String body, ContentWarning warning) {
        standing.requireActive(editor.accountId());
        PostInContext context = postInContext(postId, editor);
        Post post = context.post();
        if (!post.isWrittenBy(editor.accountId()) && !editor.staff()) {
            throw new NotFoundException("post " + postId);
        }
        if (post.getStatus() == PostStatus.DELETED || post.getStatus() == PostStatus.REJECTED) {
            throw new PostRefusedException("forum.edit.closed");
        }
        body = moderation.rewrite(body);
        Verdict verdict = editor.staff() ? Verdict.publish() : check(editor, PostCandidate.Kind.EDIT, body);
        em.persist(post.edit(body, warning, editor.accountId(), clock.instant()));
        if (verdict.outcome() != Verdict.Outcome.PUBLISH && post.getStatus() == PostStatus.VISIBLE) {
            post.hold(verdict.reasonKey());
            context.topic().postWithdrawn();
            if (post.isOpening()) {
                context.topic().openingPostBecame(PostStatus.HELD);
            }
            postEvents.fire(new PostEvent(PostEvent.Type.HELD, post.getId(), post.getAuthorId(), verdict.reasonKey(),
                    verdict.crisis()));
            return new PostOutcome(post.getTopicId(), post.getId(), false, isCrisis(verdict), lookSoonIfAsked(post, verdict),
                    verdict.supportingSomeone());
        }
        flagIfAsked(post, verdict);
        return new PostOutcome(post.getTopicId(), post.getId(), post.getStatus().isPublic(), false,
                lookSoonIfAsked(post, verdict), verdict.supportingSomeone());
    }

    /** The author deletes their own post; the thread keeps a placeholder so replies still make sense. */
    public void deleteOwn(Reader author, long postId) {
        Post post = postInContext(postId, author).post();
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
        Post post = postInContext(postId, reader).post();
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
        Post post = postInContext(postId, flagger).post();
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

    // ---- staff ----

    /** Slow mode on a topic: each member may post once per interval until {@code until} (null: until turned off). */
    public void slowDownTopic(Reader staff, long topicId, Duration interval, Instant until) {
        requireStaff(staff);
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new NotFoundException("topic " + topicId);
        }
        topic.slowDown(interval == null ? SlowMode.off() : SlowMode.of(interval, until));
        audit.record(staff.accountId(), interval == null ? "SLOW_MODE_OFF" : "SLOW_MODE_ON", "TOPIC", topicId,
                interval == null ? null : interval.toMinutes() + " min");
    }

    /** Shows a moderator who wrote an anonymous post. Every reveal is audited. */
    public String revealAuthor(Reader staff, long postId) {
        requireStaff(staff);
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException("post " + postId);
        }
        audit.record(staff.accountId(), "ANONYMOUS_AUTHOR_REVEALED", "POST", postId, null);
        return accounts.getAccount(post.getAuthorId()).getDisplayName();
    }

    /** Who wrote a post, for staff acting on it (sanctions); audited like a reveal when the post is anonymous. */
    public long authorOf(Reader staff, long postId) {
        requireStaff(staff);
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException("post " + postId);
        }
        if (post.isAnonymous()) {
            audit.record(staff.accountId(), "ANONYMOUS_AUTHOR_REVEALED", "POST", postId, null);
        }
        return post.getAuthorId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostRevision> revisions(Reader staff, long postId) {
        requireStaff(staff);
        return em.createNamedQuery(PostRevision.OF_POST, PostRevision.class).setParameter("post", postId).getResultList();
    }

    /** Posts for the review queue, in context, in a fixed number of queries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ReviewedPost> postsForReview(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT p, t, f, a.displayName FROM Post p, Topic t, Forum f, Account a"
                        + " WHERE t.id = p.topicId AND f.id = t.forumId AND a.id = p.authorId AND p.id IN :ids", Object[].class)
                .setParameter("ids", postIds).getResultList();
        Map<Long, List<PostFlag>> flags = new LinkedHashMap<>();
        em.createQuery("SELECT f FROM PostFlag f WHERE f.postId IN :ids ORDER BY f.id", PostFlag.class)
                .setParameter("ids", postIds).getResultList()
                .forEach(f -> flags.computeIfAbsent(f.getPostId(), k -> new ArrayList<>()).add(f));
        Map<Long, ReviewedPost> result = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Post p = (Post) row[0];
            Topic t = (Topic) row[1];
            Forum f = (Forum) row[2];
            result.put(p.getId(), new ReviewedPost(p.getId(), t.getId(), t.getTitle(), f.getName(),
                    p.isAnonymous() ? null : p.getAuthorId(), p.isAnonymous() ? null : (String) row[3], p.isAnonymous(),
                    SafeHtml.sanitized(p.getBodyHtml()), p.getBody(), p.getContentWarning(), p.getStatus(),
                    flags.getOrDefault(p.getId(), List.of())));
        }
        return result;
    }

    /** A moderator approves a held or hidden post (optionally with their edit). Returns the flaggers, whose flags are dismissed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewResult approveReviewed(long moderatorId, long postId, String editedBody) {
        Post post = em.find(Post.class, postId);
        Topic topic = em.find(Topic.class, post.getTopicId());
        Forum forum = em.find(Forum.class, topic.getForumId());
        if (editedBody != null && !editedBody.isBlank()) {
            em.persist(post.edit(editedBody, post.getContentWarning(), moderatorId, clock.instant()));
        }
        boolean firstTime = post.getStatus() == PostStatus.HELD;
        List<Long> flaggers = decideFlags(postId, PostFlag.Outcome.DISMISSED);
        if (!post.getStatus().isPublic()) {
            publish(post, topic, forum, firstTime);
        }
        return new ReviewResult(post.getAuthorId(), topic.getId(), flaggers);
    }

    /** A moderator takes a post down: hidden (may come back) or rejected. Flags on it are upheld. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewResult removeReviewed(long postId, boolean reject, String reason) {
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
        return new ReviewResult(post.getAuthorId(), topic.getId(), flaggers);
    }

    private List<Long> decideFlags(long postId, PostFlag.Outcome outcome) {
        List<PostFlag> open = em.createNamedQuery(PostFlag.OPEN_ON_POST, PostFlag.class).setParameter("post", postId)
                .getResultList();
        open.forEach(f -> f.decide(outcome));
        return open.stream().map(PostFlag::getFlaggerId).toList();
    }

    /** Demo data only: makes the seeded conversations days old, as they would be on a living forum. */
    void ageAllContent(int days) {
        em.flush();
        em.createNativeQuery("UPDATE post SET created_at = created_at - INTERVAL " + days + " DAY").executeUpdate();
        em.createNativeQuery("UPDATE topic SET created_at = created_at - INTERVAL " + days + " DAY,"
                + " last_activity_at = last_activity_at - INTERVAL " + days + " DAY").executeUpdate();
        em.createNativeQuery("UPDATE topic_read SET read_at = read_at - INTERVAL " + days + " DAY").executeUpdate();
    }

    // ---- member preferences ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<ContentWarning> hiddenWarnings(long accountId) {
        List<?> rows = em.createNativeQuery("SELECT warning FROM hidden_warning WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        Set<ContentWarning> warnings = EnumSet.noneOf(ContentWarning.class);
        rows.forEach(r -> warnings.add(ContentWarning.valueOf(r.toString())));
        return warnings;
    }

    public void hideWarnings(long accountId, Set<ContentWarning> warnings) {
        em.createNativeQuery("DELETE FROM hidden_warning WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        for (ContentWarning warning : warnings) {
            em.createNativeQuery("INSERT INTO hidden_warning (account_id, warning) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, warning.name()).executeUpdate();
        }
    }

    // ---- search ----

    /**
     * Full-text search (MariaDB FULLTEXT, natural language) over published posts and topic titles in
     * forums the reader may enter. Anonymous posts come back without a name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<SearchHit> search(Reader reader, String terms, Set<ContentWarning> hiddenWarnings) {
        if (terms == null || terms.isBlank()) {
            return List.of();
        }
        // One placeholder per hidden warning (?4, ?5, …): the values are always bound, never written into the SQL.
        List<String> hidden = hiddenWarnings.stream().map(Enum::name).sorted().toList();
        String notHidden = hidden.isEmpty() ? ""
                : " AND (p.content_warning IS NULL OR p.author_id = ?1 OR p.content_warning NOT IN ("
                        + java.util.stream.IntStream.range(0, hidden.size()).mapToObj(i -> "?" + (4 + i))
                                .collect(Collectors.joining(", ")) + "))";
        jakarta.persistence.Query query = em.createNativeQuery("SELECT p.id, t.id, t.title, f.name,"
                        + " CASE WHEN p.anonymous THEN NULL ELSE a.display_name END, p.body, p.created_at, p.content_warning"
                        + " FROM post p JOIN topic t ON t.id = p.topic_id JOIN forum f ON f.id = t.forum_id"
                        + " JOIN account a ON a.id = p.author_id"
                        + " LEFT JOIN forum_membership m ON m.forum_id = f.id AND m.account_id = ?1 AND m.status = 'MEMBER'"
                        + " WHERE p.status = 'VISIBLE' AND t.status = 'VISIBLE'"
                        + " AND (f.visibility = 'OPEN' OR m.account_id IS NOT NULL OR ?2)"
                        + " AND (MATCH (p.body) AGAINST (?3) OR MATCH (t.title) AGAINST (?3))" + notHidden
                        + " ORDER BY p.created_at DESC LIMIT " + SEARCH_LIMIT)
                .setParameter(1, reader.accountId()).setParameter(2, reader.staff()).setParameter(3, terms.strip());
        for (int i = 0; i < hidden.size(); i++) {
            query.setParameter(4 + i, hidden.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SearchHit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], excerpt((String) r[5]),
                InstantConverter.fromStored(r[6]), r[7] == null ? null : ContentWarning.valueOf((String) r[7]))).toList();
    }

    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`>#\\[\\]()]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199) + "…";
    }

    // ---- internals ----

    private Verdict check(Reader author, PostCandidate.Kind kind, String text) {
        SafeMarkdown.RenderedMarkdown rendered = SafeMarkdown.render(text);
        Verdict verdict = author.staff() ? Verdict.publish() : moderation.check(new PostCandidate(author.accountId(), kind,
                text, rendered.linkCount(), rendered.imageCount(), history(author.accountId())));
        if (verdict.outcome() == Verdict.Outcome.BLOCK) {
            throw new PostRefusedException(verdict.reasonKey(), verdict.arguments());
        }
        return verdict;
    }

    private PostCandidate.PostingHistory history(long authorId) {
        return new PostCandidate.PostingHistory() {
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
        };
    }

    private PostOutcome settle(Post post, Topic topic, Forum forum, Verdict verdict) {
        markRead(post.getAuthorId(), topic.getId());
        if (verdict.outcome() != Verdict.Outcome.PUBLISH) {
            post.hold(verdict.reasonKey());
            postEvents.fire(new PostEvent(PostEvent.Type.HELD, post.getId(), post.getAuthorId(), verdict.reasonKey(),
                    verdict.crisis()));
            return new PostOutcome(topic.getId(), post.getId(), false, isCrisis(verdict), lookSoonIfAsked(post, verdict),
                    verdict.supportingSomeone());
        }
        publish(post, topic, forum, true);
        flagIfAsked(post, verdict);
        return new PostOutcome(topic.getId(), post.getId(), true, false, lookSoonIfAsked(post, verdict),
                verdict.supportingSomeone());
    }

    /** A look-soon signal asks a moderator to look, whether the post was published or held for another reason. */
    private boolean lookSoonIfAsked(Post post, Verdict verdict) {
        if (verdict.lookSoon() == null) {
            return false;
        }
        postEvents.fire(new PostEvent(PostEvent.Type.LOOK_SOON, post.getId(), post.getAuthorId(), null, verdict.lookSoon()));
        return true;
    }

    /** A published post that a watched word flagged goes to the queue for a look; it stays readable. */
    private void flagIfAsked(Post post, Verdict verdict) {
        if (verdict.flagReasonKey() != null && post.getStatus().isPublic()) {
            postEvents.fire(new PostEvent(PostEvent.Type.FLAGGED_BY_RULE, post.getId(), post.getAuthorId(),
                    verdict.flagReasonKey()));
        }
    }

    /** Makes a post readable, and tells the people it concerns (topic starter, quoted writer, mentioned members). */
    private void publish(Post post, Topic topic, Forum forum, boolean firstTime) {
        post.publish();
        topic.postPublished(post.getCreatedAt());
        if (post.isOpening()) {
            topic.openingPostBecame(PostStatus.VISIBLE);
        }
        if (firstTime) {
            postEvents.fire(new PostEvent(PostEvent.Type.PUBLISHED, post.getId(), post.getAuthorId(), null));
            announce(post, topic, forum);
        }
    }

    private void announce(Post post, Topic topic, Forum forum) {
        String link = "/forum/topic.xhtml?id=" + topic.getId() + "#post-" + post.getId();
        List<String> params = List.of(topic.getTitle());
        Set<Long> told = new HashSet<>();
        told.add(post.getAuthorId());
        if (post.getQuotedPostId() != null) {
            Post quoted = em.find(Post.class, post.getQuotedPostId());
            if (quoted != null && told.add(quoted.getAuthorId())) {
                notifications.notify(quoted.getAuthorId(), NotificationKind.QUOTED, link, params);
            }
        }
        Set<String> candidates = Mentions.candidates(post.getBody());
        if (!candidates.isEmpty()) {
            for (Account mentioned : accounts.findByDisplayNames(candidates)) {
                boolean mayRead = !forum.isPrivateGroup() || membershipStatus(forum.getId(), mentioned.getId())
                        .filter(MembershipStatus.MEMBER::equals).isPresent();
                if (mayRead && told.add(mentioned.getId())) {
                    notifications.notify(mentioned.getId(), NotificationKind.MENTIONED, link, params);
                }
            }
        }
        if (!post.isOpening() && told.add(topic.getAuthorId())) {
            notifications.notify(topic.getAuthorId(), NotificationKind.REPLY, link, params);
        }
    }

    private void requireAnonymityAllowed(Forum forum, boolean anonymous) {
        if (anonymous && !forum.isAllowsAnonymous()) {
            throw new PostRefusedException("forum.anonymous.notAllowed");
        }
    }

    private void requireSlowModeOver(SlowMode mode, Reader author, java.util.function.Supplier<Instant> lastPost,
            Instant now) {
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

    /** A topic with its forum, in one query, if the reader may enter the forum. */
    private TopicInForum topicInForum(long topicId, Reader reader) {
        Object[] found = em.createNamedQuery(Topic.WITH_FORUM, Object[].class).setParameter("id", topicId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("topic " + topicId));
        Forum forum = (Forum) found[1];
        requireEntry(forum, reader);
        return new TopicInForum((Topic) found[0], forum);
    }

    private PostInContext postInContext(long postId, Reader reader) {
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

    /** A post the reader may see, for the edit page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Post postForEditing(Reader reader, long postId) {
        Post post = postInContext(postId, reader).post();
        if (!post.isWrittenBy(reader.accountId()) && !reader.staff()) {
            throw new NotFoundException("post " + postId);
        }
        return post;
    }

    /** A post the reader may see, for quoting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Post postForReader(Reader reader, long postId) {
        return postInContext(postId, reader).post();
    }

    private Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    private static void requireStaff(Reader reader) {
        if (!reader.staff()) {
            throw new NotFoundException("staff action");
        }
    }

    private record PostInContext(Post post, Topic topic, Forum forum) {}

    private record TopicInForum(Topic topic, Forum forum) {}

    private static boolean isCrisis(Verdict verdict) {
        return verdict.outcome() == Verdict.Outcome.ESCALATE;
    }

    /**
     * Where a new post ended up: published, or waiting for a moderator (and whether for crisis
     * language); {@code lookSoon}: a moderator was asked to look soon, and the writer is offered a check-in;
     * {@code supportingSomeone}: the writer asks how to help someone else in crisis, and is shown how.
     */
    public record PostOutcome(long topicId, long postId, boolean published, boolean crisis, boolean lookSoon,
            boolean supportingSomeone) {}

    /** Whom a moderator's decision concerns. */
    public record ReviewResult(long authorId, long topicId, List<Long> flaggerIds) {}
}
