package org.peersupport.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.markdown.SafeMarkdown;

/**
 * The one screening pipeline every text members write goes through (posts, chat messages, and any
 * text to come): {@link #screen} rewrites it and checks it; the feature stores it as the result
 * says (or refuses it); {@link #settle} then holds it for a moderator, flags it, escalates a crisis
 * and asks for a look soon. Runs inside the writer's transaction, so alerts exist exactly when the text does.
 */
@ApplicationScoped
@Transactional
public class TextScreening {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ModerationPolicies policies;

    @Inject
    private ModerationService moderation;

    @Inject
    private AccountService accounts;

    @Inject
    @Any
    private Instance<ContentRule> contentRules;

    @Inject
    private Event<CrisisTextHeld> crisisHeld;

    @Inject
    private Event<LookSoonSignalled> lookSoon;

    /** Rewrites the text (and title) as it is to be published, and checks it. A refusal is a result, not an exception. */
    public ScreeningResult screen(Writing writing) {
        String title = writing.title() == null ? null : rewrite(writing.title());
        String text = rewrite(writing.text());
        String checked = writing.checked(title, text);
        Verdict verdict;
        if (writing.kind() == PostCandidate.Kind.CHAT_MESSAGE) {
            verdict = checkChat(writing.writerId(), checked);
        } else if (writing.staff()) {
            verdict = Verdict.publish();
        } else {
            SafeMarkdown.RenderedMarkdown rendered = SafeMarkdown.render(checked);
            verdict = check(new PostCandidate(writing.writerId(), writing.kind(), checked, rendered.linkCount(),
                    rendered.imageCount(), writing.history()));
        }
        return new ScreeningResult(title, text, verdict);
    }

    /**
     * Once the text is stored as {@code result} said: a held text waits for a moderator (a crisis
     * alerts staff), a readable text a watched word flagged goes to the queue for a look, and a
     * look-soon signal asks a moderator to look, whatever else happened to the text.
     */
    public void settle(ScreeningResult result, StoredText stored) {
        Verdict verdict = result.verdict();
        if (stored.held()) {
            if (stored.inReviewQueue()) {
                ReviewItem item = new ReviewItem(result.crisis() ? ReviewItem.Kind.CRISIS_ALERT : ReviewItem.Kind.HELD_POST,
                        stored.id(), result.reasonKey(), clock.instant());
                em.persist(item);
                if (result.crisis()) {
                    item.signalled(verdict.crisis());
                }
            }
            if (result.crisis()) {
                crisisHeld.fire(new CrisisTextHeld(stored.source(), stored.id(), stored.writerId(), verdict.crisis(),
                        stored.reviewLink()));
            }
        } else if (stored.visible() && stored.inReviewQueue() && result.flagReasonKey() != null
                && moderation.openItemFor(stored.id()) == null) {
            em.persist(new ReviewItem(ReviewItem.Kind.FLAGGED_POST, stored.id(), result.flagReasonKey(), clock.instant()));
        }
        if (result.lookSoon()) {
            ReviewItem open = stored.inReviewQueue() ? moderation.openItemFor(stored.id()) : null;
            if (open != null) {
                open.signalled(verdict.lookSoon()); // held for another reason: the queue says it asks for a look soon too
            }
            lookSoon.fire(new LookSoonSignalled(stored.source(), stored.id(), stored.writerId(), verdict.lookSoon(),
                    stored.readLink()));
        }
    }

    /**
     * The moderation check for a new or edited post or topic: publish (perhaps flagged for a
     * look), hold, block or escalate, with a reason. Crisis language escalates whatever else
     * applies; otherwise the strictest of the writer's limits and every {@link ContentRule} wins.
     */
    public Verdict check(PostCandidate candidate) {
        Instant now = clock.instant();
        TrustPolicy policy = policies.trust();
        MemberStanding standing = moderation.standingOf(candidate.authorId());
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
    private Verdict checkChat(long writerId, String text) {
        Verdict content = contentVerdict(new PostCandidate(writerId, PostCandidate.Kind.CHAT_MESSAGE, text, 0, 0, null));
        if (content.outcome() != Verdict.Outcome.ESCALATE && moderation.isSilencedAt(writerId, clock.instant())) {
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

    /** A text as it is to be published: every content rule's replacements applied. */
    private String rewrite(String text) {
        String rewritten = text;
        for (ContentRule rule : contentRules) {
            rewritten = rule.rewrite(rewritten);
        }
        return rewritten;
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
}
