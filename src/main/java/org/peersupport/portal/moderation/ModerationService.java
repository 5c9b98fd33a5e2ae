package org.peersupport.portal.moderation;

import org.peersupport.portal.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.forum.ForumService;
import org.peersupport.portal.forum.PostEvent;
import org.peersupport.portal.forum.ReviewedPost;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;

/**
 * The moderation check every post passes, trust levels, the review queue and sanctions. Every
 * moderator action is written to the audit trail in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    /** How long a claim on a queue item keeps other moderators off it. */
    static final Duration CLAIM_FOR = Duration.ofMinutes(15);
    public static final String SUBJECT_POST = "POST";
    public static final String SOURCE_FORUM_POST = "FORUM_POST";
    public static final String SOURCE_CHAT_MESSAGE = "CHAT_MESSAGE";
    /** The reason of posts held for crisis language. */
    public static final String CRISIS_REASON = "moderation.reason.crisis";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ModerationPolicies policies;

    @Inject
    private AccountService accounts;

    @Inject
    private ForumService forum;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    @Any
    private Instance<ContentRule> contentRules;

    @Inject
    private Event<CrisisTextHeld> crisisHeld;

    @Inject
    private Event<LookSoonSignalled> lookSoon;

    // ---- the check ----

    /**
     * The one moderation check for a new or edited post or topic: publish (perhaps flagged for a
     * look), hold, block or escalate, with a reason. Crisis language escalates whatever else
     * applies; otherwise the strictest of the writer's limits and every {@link ContentRule} wins.
     */
    public Verdict check(PostCandidate candidate) {
        Instant now = clock.instant();
        TrustPolicy policy = policies.trust();
        MemberStanding standing = standingOf(candidate.authorId());
        standing.promoteUnder(policy);
        Verdict content = contentVerdict(candidate);
        if (content.outcome() == Verdict.Outcome.ESCALATE) {
            return content; // whatever else applies, a person writing in crisis is held for a moderator, not refused
        }
        return limits(candidate, policy, standing, now).stricter(content).flaggedAs(content.flagReasonKey());
    }

    /**
     * The check for a chat message between a mentor and mentee: every content rule, as for posts,
     * and a silenced member may not write. The forum's posting limits (new members' holds, gaps
     * between posts) are about public posting and do not apply to a private conversation.
     */
    public Verdict checkChat(long writerId, String text) {
        Verdict content = contentVerdict(new PostCandidate(writerId, PostCandidate.Kind.CHAT_MESSAGE, text, 0, 0, null));
        if (content.outcome() != Verdict.Outcome.ESCALATE && standingOf(writerId).isSilencedAt(clock.instant())) {
            return Verdict.block("moderation.refused.silenced").withLookSoon(content.lookSoon());
        }
        return content;
    }

    /** The strictest verdict of every content rule; the first flag rides on it, and matters only if it publishes. */
    private Verdict contentVerdict(PostCandidate candidate) {
        Verdict content = Verdict.publish();
        String flag = null;
        for (ContentRule rule : contentRules) {
            Verdict judged = rule.judge(candidate);
            content = content.stricter(judged);
            flag = flag == null ? judged.flagReasonKey() : flag;
        }
        return content.flaggedAs(flag);
    }

    /** Sanctions, trust-level limits and posting gaps: what the writer's standing allows. */
    private Verdict limits(PostCandidate candidate, TrustPolicy policy, MemberStanding standing, Instant now) {
        if (standing.isSilencedAt(now)) {
            return Verdict.block("moderation.refused.silenced");
        }
        Verdict verdict = Verdict.publish();
        if (standing.getTrustLevel() == 0) {
            verdict = newMemberLimits(candidate, policy, now);
            if (verdict.outcome() == Verdict.Outcome.BLOCK) {
                return verdict;
            }
        }
        if (candidate.kind() != PostCandidate.Kind.EDIT) {
            Duration gap = policy.minimumGapBetweenPosts(standing.getTrustLevel());
            Instant last = candidate.history().lastPostAt().orElse(null);
            if (last != null && last.plus(gap).isAfter(now)) {
                long seconds = Math.max(1, Duration.between(now, last.plus(gap)).toSeconds());
                return Verdict.block("moderation.refused.tooSoon", seconds);
            }
            if (standing.isHeldForReview(policy)) {
                verdict = verdict.stricter(Verdict.hold("moderation.reason.newMember"));
            }
        }
        return verdict;
    }

    /** A text as it is to be published: every content rule's replacements applied. */
    public String rewrite(String text) {
        String rewritten = text;
        for (ContentRule rule : contentRules) {
            rewritten = rule.rewrite(rewritten);
        }
        return rewritten;
    }

    private Verdict newMemberLimits(PostCandidate candidate, TrustPolicy policy, Instant now) {
        if (candidate.imageCount() > 0 && !policy.imagesAllowed()) {
            return Verdict.block("moderation.refused.images");
        }
        if (candidate.linkCount() > policy.maxLinks()) {
            return Verdict.block("moderation.refused.links", policy.maxLinks());
        }
        Instant registered = accounts.getAccount(candidate.authorId()).getCreatedAt();
        if (registered.plus(policy.firstDay()).isAfter(now)) {
            if (candidate.kind() == PostCandidate.Kind.NEW_TOPIC
                    && candidate.history().topicsSince(registered) >= policy.firstDayTopics()) {
                return Verdict.block("moderation.refused.firstDayTopics", policy.firstDayTopics());
            }
            if (candidate.kind() == PostCandidate.Kind.REPLY
                    && candidate.history().repliesSince(registered) >= policy.firstDayReplies()) {
                return Verdict.block("moderation.refused.firstDayReplies", policy.firstDayReplies());
            }
        }
        return Verdict.publish();
    }

    public double flagWeight(long flaggerId, boolean staff) {
        MemberStanding standing = standingOf(flaggerId);
        standing.promoteUnder(policies.trust());
        return standing.flagWeight(policies.trust(), staff);
    }

    public double hideThreshold() {
        return policies.trust().hideAtWeight();
    }

    /**
     * A page of reading: reading time (gaps over five minutes count as five) and days visited, in
     * one upsert statement so a topic page stays at a fixed number of statements.
     */
    public void recordReading(long accountId) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO member_standing (account_id, days_visited, last_visit_day, read_seconds, last_read_at)"
                        + " VALUES (?1, 1, ?2, 0, ?3) ON DUPLICATE KEY UPDATE"
                        + " read_seconds = read_seconds + LEAST(GREATEST(COALESCE(TIMESTAMPDIFF(SECOND, last_read_at,"
                        + " VALUES(last_read_at)), 0), 0), " + MemberStanding.MAX_READING_GAP.getSeconds() + "),"
                        + " days_visited = days_visited + IF(last_visit_day <=> VALUES(last_visit_day), 0, 1),"
                        + " last_visit_day = VALUES(last_visit_day), last_read_at = VALUES(last_read_at)")
                .setParameter(1, accountId)
                .setParameter(2, now.atZone(ZoneOffset.UTC).toLocalDate())
                .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    public MemberStanding standingOf(long accountId) {
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        if (standing == null) {
            standing = new MemberStanding(accountId);
            em.persist(standing);
        }
        return standing;
    }

    /** Demo data: members who have been around a while. */
    public void setTrustLevel(long accountId, int level) {
        standingOf(accountId).setTrustLevel(level);
    }

    // ---- what the forum tells us ----

    void onPostEvent(@Observes PostEvent event) {
        Instant now = clock.instant();
        switch (event.type()) {
            case PUBLISHED -> {
                MemberStanding standing = standingOf(event.authorId());
                standing.postApproved();
                standing.promoteUnder(policies.trust());
            }
            case HELD -> {
                ReviewItem item = new ReviewItem(event.crisis() != null ? ReviewItem.Kind.CRISIS_ALERT : ReviewItem.Kind.HELD_POST,
                        event.postId(), event.reasonKey(), now);
                em.persist(item);
                if (event.crisis() != null) {
                    item.signalled(event.crisis());
                    crisisHeld.fire(new CrisisTextHeld(SOURCE_FORUM_POST, event.postId(), event.authorId(), event.crisis(),
                            "/moderation/queue.xhtml"));
                }
            }
            case HIDDEN_BY_FLAGS -> {
                if (openItemFor(event.postId()) == null) {
                    em.persist(new ReviewItem(ReviewItem.Kind.FLAGGED_POST, event.postId(), event.reasonKey(), now));
                }
            }
            case REMOVED -> standingOf(event.authorId()).postRemoved();
            case LOOK_SOON -> {
                ReviewItem held = openItemFor(event.postId());
                if (held != null) {
                    held.signalled(event.crisis()); // held for another reason: the queue says it asks for a look soon too
                }
                ReviewedPost post = forum.postsForReview(List.of(event.postId())).get(event.postId());
                String link = post == null ? "/moderation/queue.xhtml"
                        : "/forum/topic.xhtml?id=" + post.topicId() + "#post-" + event.postId();
                lookSoon.fire(new LookSoonSignalled(SOURCE_FORUM_POST, event.postId(), event.authorId(), event.crisis(), link));
            }
            case FLAGGED_BY_RULE -> {
                if (openItemFor(event.postId()) == null) {
                    em.persist(new ReviewItem(ReviewItem.Kind.FLAGGED_POST, event.postId(), event.reasonKey(), now));
                }
            }
        }
    }

    private ReviewItem openItemFor(long postId) {
        return em.createNamedQuery(ReviewItem.OPEN_FOR_POST, ReviewItem.class).setParameter("post", postId)
                .getResultStream().findFirst().orElse(null);
    }

    // ---- the review queue ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewItem> openItems(int first, int size) {
        return em.createNamedQuery(ReviewItem.OPEN, ReviewItem.class).setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOpen() {
        return em.createNamedQuery(ReviewItem.COUNT_OPEN, Long.class).getSingleResult();
    }

    /** How many review items of one kind and reason were created on one day (UTC). */
    public record DailyReviewCount(LocalDate day, ReviewItem.Kind kind, String reason, long count) {}

    /**
     * Review items created in [from, to), counted per day (UTC), kind and reason: one grouped query,
     * so a report stays cheap however many items there are.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DailyReviewCount> reviewItemsPerDay(Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE_FORMAT(created_at, '%Y-%m-%d') AS day, kind, reason,"
                        + " COUNT(*) FROM review_item WHERE created_at >= ?1 AND created_at < ?2 GROUP BY day, kind, reason")
                .setParameter(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(r -> new DailyReviewCount(LocalDate.parse((String) r[0]),
                ReviewItem.Kind.valueOf((String) r[1]), (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    /** The posts of queue items, in context, for moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ReviewedPost> postsOf(List<ReviewItem> items) {
        return forum.postsForReview(items.stream().map(ReviewItem::getPostId).filter(id -> id != null).toList());
    }

    /** Claims an item for {@code moderatorId}; false when another moderator holds a live claim. */
    public boolean claim(long moderatorId, long itemId) {
        Instant now = clock.instant();
        return em.createNamedQuery(ReviewItem.CLAIM)
                .setParameter("me", moderatorId)
                .setParameter("until", now.plus(CLAIM_FOR))
                .setParameter("now", now)
                .setParameter("id", itemId)
                .executeUpdate() == 1;
    }

    /** Publishes the post (with the moderator's edit, if any); flags on it are dismissed. */
    public void approve(long moderatorId, long itemId, String editedBody) {
        ReviewItem item = claimedItem(moderatorId, itemId);
        boolean edited = editedBody != null && !editedBody.isBlank();
        ForumService.ReviewResult result = forum.approveReviewed(moderatorId, item.getPostId(), editedBody);
        item.resolve(moderatorId, edited ? ReviewItem.Outcome.EDITED : ReviewItem.Outcome.APPROVED, clock.instant());
        audit.record(moderatorId, edited ? "POST_EDITED_AND_APPROVED" : "POST_APPROVED", SUBJECT_POST, item.getPostId(), null);
        String link = link(result, item.getPostId());
        if (item.getKind() == ReviewItem.Kind.HELD_POST) {
            notifications.notify(result.authorId(), NotificationKind.POST_APPROVED, link, List.of());
        }
        tellFlaggers(result, link, false);
    }

    /**
     * Takes the post down, hidden or rejected, and tells the author why, privately, with support
     * resources; flaggers hear that their flag was upheld.
     */
    public void remove(long moderatorId, long itemId, boolean reject, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A removal needs a reason the author is told");
        }
        ReviewItem item = claimedItem(moderatorId, itemId);
        ForumService.ReviewResult result = forum.removeReviewed(item.getPostId(), reject, reason.strip());
        item.resolve(moderatorId, reject ? ReviewItem.Outcome.REJECTED : ReviewItem.Outcome.HIDDEN, clock.instant());
        audit.record(moderatorId, reject ? "POST_REJECTED" : "POST_HIDDEN", SUBJECT_POST, item.getPostId(), reason.strip());
        String link = link(result, item.getPostId());
        notifications.notify(result.authorId(), NotificationKind.POST_REMOVED, link, List.of(reason.strip()));
        tellFlaggers(result, link, true);
    }

    /** Each flagger hears the outcome, and it counts towards the accuracy their next flags weigh with. */
    private void tellFlaggers(ForumService.ReviewResult result, String link, boolean upheld) {
        for (long flagger : result.flaggerIds()) {
            notifications.notify(flagger, NotificationKind.FLAG_OUTCOME, link, List.of(upheld ? "UPHELD" : "DISMISSED"));
            if (upheld) {
                standingOf(flagger).flagUpheld();
            } else {
                standingOf(flagger).flagDismissed();
            }
        }
    }

    private static String link(ForumService.ReviewResult result, long postId) {
        return "/forum/topic.xhtml?id=" + result.topicId() + "#post-" + postId;
    }

    private ReviewItem claimedItem(long moderatorId, long itemId) {
        ReviewItem item = em.find(ReviewItem.class, itemId);
        if (item == null || item.getStatus() != ReviewItem.Status.OPEN) {
            throw new NotFoundException("review item " + itemId);
        }
        if (!claim(moderatorId, itemId)) {
            throw new ClaimedByAnotherException();
        }
        em.refresh(item);
        return item;
    }

    // ---- sanctions and notes ----

    /** A warning, a silence or a suspension, told to the member with its reason, and audited. */
    public Sanction sanction(long moderatorId, long accountId, Sanction.Kind kind, String reason, Integer days) {
        Instant now = clock.instant();
        Instant ends = kind == Sanction.Kind.WARNING ? null : now.plus(Duration.ofDays(days == null ? 0 : days));
        Sanction sanction = new Sanction(accountId, kind, reason, moderatorId, now, ends);
        em.persist(sanction);
        switch (kind) {
            case SILENCE -> standingOf(accountId).silenceUntil(ends);
            case SUSPENSION -> accounts.suspend(accountId, ends);
            case WARNING -> { /* told below */ }
        }
        audit.record(moderatorId, "SANCTION_" + kind.name(), AuditTrail.SUBJECT_ACCOUNT, accountId,
                reason.strip() + (days == null || kind == Sanction.Kind.WARNING ? "" : " (" + days + " d)"));
        notifications.notify(accountId, NotificationKind.MODERATOR_WARNING, "/crisis.xhtml",
                List.of(kind.name(), reason.strip()));
        return sanction;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sanction> sanctionsOf(long accountId) {
        return em.createNamedQuery(Sanction.OF_ACCOUNT, Sanction.class).setParameter("account", accountId).getResultList();
    }

    public void addNote(long authorId, long accountId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An empty note");
        }
        em.persist(new StaffNote(accountId, authorId, text, clock.instant()));
        audit.record(authorId, "STAFF_NOTE_ADDED", AuditTrail.SUBJECT_ACCOUNT, accountId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffNote> notesOn(long accountId) {
        return em.createNamedQuery(StaffNote.OF_ACCOUNT, StaffNote.class).setParameter("account", accountId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account member(long accountId) {
        return accounts.findAccount(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    /** Another moderator is working on this item. */
    public static class ClaimedByAnotherException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ClaimedByAnotherException() {
            super("Claimed by another moderator");
        }
    }
}
