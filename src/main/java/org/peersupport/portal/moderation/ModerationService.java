package org.peersupport.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.CareContact;
import org.peersupport.portal.account.CareContactService;
import org.peersupport.portal.account.ErasureService;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.MultiRowUpsert;
import org.peersupport.portal.shared.persistence.RecentReads;

/**
 * Trust levels, the review queue and sanctions (the check every text passes is {@link TextScreening}).
 * Every moderator action is written to the audit trail in the same transaction.
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
    private ReviewedPosts posts;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private CareContactService careContacts;

    @Inject
    private CrisisAlertHistory alertHistory;

    @Inject
    private ErasureService erasures;

    @Inject
    private Event<SilenceChanged> silenceChanged;

    private final RecentReads<Long, Optional<Instant>> silences = new RecentReads<>(AccountStanding.TRUSTED, 20_000);

    public double flagWeight(long flaggerId, boolean staff) {
        MemberStanding standing = standingOf(flaggerId);
        standing.promoteUnder(policies.trust());
        return standing.flagWeight(policies.trust(), staff);
    }

    public double hideThreshold() {
        return policies.trust().hideAtWeight();
    }

        /**
     * Page views in one statement, in the order they happened: MariaDB applies the rows of a
     * multi-row upsert one after another, so each view adds the gap since the one before (up to
     * {@link MemberStanding#MAX_READING_GAP}) and a new day counts once, as one statement a view did.
     */
    public void writeReadingTime(List<ReadingTime.PageView> views) {
        MultiRowUpsert.write(em, views.stream().sorted(Comparator.comparing(ReadingTime.PageView::at)).toList(),
                "INSERT INTO member_standing (account_id, days_visited, last_visit_day, read_seconds, last_read_at) VALUES ",
                "(?, 1, ?, 0, ?)",
                " ON DUPLICATE KEY UPDATE"
                        + " read_seconds = read_seconds + LEAST(GREATEST(COALESCE(TIMESTAMPDIFF(SECOND, last_read_at,"
                        + " VALUES(last_read_at)), 0), 0), " + MemberStanding.MAX_READING_GAP.getSeconds() + "),"
                        + " days_visited = days_visited + IF(last_visit_day <=> VALUES(last_visit_day), 0, 1),"
                        + " last_visit_day = GREATEST(last_visit_day, VALUES(last_visit_day)),"
                        + " last_read_at = GREATEST(COALESCE(last_read_at, VALUES(last_read_at)), VALUES(last_read_at))",
                view -> List.of(view.accountId(), view.at().atZone(ZoneOffset.UTC).toLocalDate(),
                        LocalDateTime.ofInstant(view.at(), ZoneOffset.UTC)));
    }

    /**
     * Whether a member is silenced, as read at most {@link AccountStanding#TRUSTED} ago: the chat asks
     * on every message. A silence given on this instance is seen at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSilencedAt(long accountId, Instant now) {
        Instant until = silences.get(accountId, id -> {
            MemberStanding standing = em.find(MemberStanding.class, id);
            return Optional.ofNullable(standing == null ? null : standing.getSilencedUntil());
        }).orElse(null);
        return until != null && until.isAfter(now);
    }

    /**
     * Forgotten once the silence is committed: forgetting earlier let a chat message read the old
     * standing again, before the commit, and trust it for the whole window.
     */
    void forgetSilence(@Observes(during = TransactionPhase.AFTER_COMPLETION) SilenceChanged changed) {
        silences.forget(changed.accountId());
    }

    public MemberStanding standingOf(long accountId) {
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        if (standing == null) {
            standing = new MemberStanding(accountId);
            em.persist(standing);
        }
        return standing;
    }

    // ---- what the forum tells us ----

    void onPostEvent(@Observes PostEvent event) {
        switch (event.type()) {
            case PUBLISHED -> {
                MemberStanding standing = standingOf(event.authorId());
                standing.postApproved();
                standing.promoteUnder(policies.trust());
            }
            case HIDDEN_BY_FLAGS -> {
                if (openItemFor(event.postId()) == null) {
                    em.persist(new ReviewItem(ReviewItem.Kind.FLAGGED_POST, event.postId(), event.reasonKey(), clock.instant()));
                }
            }
            case REMOVED -> standingOf(event.authorId()).postRemoved();
        }
    }

    /** The open queue item on a post, if any. */
    ReviewItem openItemFor(long postId) {
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
    public Map<Long, ReviewedPosts.PostUnderReview> postsOf(List<ReviewItem> items) {
        return posts.postsForReview(items.stream().map(ReviewItem::getPostId).filter(id -> id != null).toList());
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
        ReviewedPosts.ReviewDecision result = posts.approve(moderatorId, item.getPostId(), editedBody);
        item.resolve(moderatorId, edited ? ReviewItem.Outcome.EDITED : ReviewItem.Outcome.APPROVED, clock.instant());
        audit.record(moderatorId, edited ? ModerationAudit.POST_EDITED_AND_APPROVED : ModerationAudit.POST_APPROVED, SUBJECT_POST, item.getPostId(), null);
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
        ReviewedPosts.ReviewDecision result = posts.remove(item.getPostId(), reject, reason.strip());
        item.resolve(moderatorId, reject ? ReviewItem.Outcome.REJECTED : ReviewItem.Outcome.HIDDEN, clock.instant());
        audit.record(moderatorId, reject ? ModerationAudit.POST_REJECTED : ModerationAudit.POST_HIDDEN, SUBJECT_POST, item.getPostId(), reason.strip());
        String link = link(result, item.getPostId());
        notifications.notify(result.authorId(), NotificationKind.POST_REMOVED, link, List.of(reason.strip()));
        tellFlaggers(result, link, true);
    }

    /** Each flagger hears the outcome, and it counts towards the accuracy their next flags weigh with. */
    private void tellFlaggers(ReviewedPosts.ReviewDecision result, String link, boolean upheld) {
        for (long flagger : result.flaggerIds()) {
            notifications.notify(flagger, NotificationKind.FLAG_OUTCOME, link, List.of(upheld ? "UPHELD" : "DISMISSED"));
            if (upheld) {
                standingOf(flagger).flagUpheld();
            } else {
                standingOf(flagger).flagDismissed();
            }
        }
    }

    private static String link(ReviewedPosts.ReviewDecision result, long postId) {
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
            case SILENCE -> {
                standingOf(accountId).silenceUntil(ends);
                silenceChanged.fire(new SilenceChanged(accountId));
            }
            case SUSPENSION -> accounts.suspend(accountId, ends);
            case WARNING -> { /* told below */ }
        }
        audit.record(moderatorId, ModerationAudit.valueOf("SANCTION_" + kind.name()), AuditTrail.SUBJECT_ACCOUNT, accountId,
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
        audit.record(authorId, ModerationAudit.STAFF_NOTE_ADDED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffNote> notesOn(long accountId) {
        return em.createNamedQuery(StaffNote.OF_ACCOUNT, StaffNote.class).setParameter("account", accountId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account member(long accountId) {
        return accounts.findAccount(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    /**
     * What a moderator needs if a member may be at risk: their care contact (null: none given),
     * crisis alerts, and their pending erasure (null: none).
     */
    public record MemberSafety(CareContact careContact, CrisisAlertHistory.Newest alerts, PendingErasure erasure) {}

    /**
     * A member's pending erasure as staff see it: when it falls due, whether it is held (it fell due
     * while {@code openAlerts} were not closed), and whether an admin let it go ahead, with their note.
     */
    public record PendingErasure(Instant requestedAt, Instant dueAt, boolean held, String releaseNote,
            List<CrisisAlertHistory.Line> openAlerts) implements java.io.Serializable {

        public boolean isReleased() {
            return releaseNote != null;
        }

        /** Held now, or held once it falls due: an admin's note is what lets it go ahead. */
        public boolean isWaitingForAdmin() {
            return !isReleased() && (held || !openAlerts.isEmpty());
        }
    }

    /**
     * A member's care contact, their newest {@code maxAlerts} crisis alerts and their pending erasure,
     * for a moderator (or admin) reading their record; refused to anyone else. The open alerts are
     * asked for only when an erasure is pending.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberSafety safetyOf(long moderatorId, long accountId, int maxAlerts) {
        CareContact contact = careContacts.forStaff(moderatorId, accountId).orElse(null);
        PendingErasure erasure = erasures.pending(accountId).map(r -> new PendingErasure(r.getRequestedAt(), r.getDueAt(),
                r.isHeld(), r.getAdminNote(), alertHistory.openOf(accountId))).orElse(null);
        return new MemberSafety(contact, alertHistory.newestOf(accountId, maxAlerts), erasure);
    }

    /** Another moderator is working on this item. */
    public static class ClaimedByAnotherException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ClaimedByAnotherException() {
            super("Claimed by another moderator");
        }
    }
}
