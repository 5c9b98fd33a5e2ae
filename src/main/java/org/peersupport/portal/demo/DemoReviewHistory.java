package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ReviewItem;

/**
 * Twelve weeks of moderation already done: posts held (for crisis language, watched words, a new
 * member's first posts) and hidden after flags, each decided by the demo moderator, so the safety
 * report shows a history. Only the decisions are kept, not the posts: resolved items never show in
 * the queue. The crisis items fall on the days of safety/DemoCrisisAlerts.
 */
@ApplicationScoped
public class DemoReviewHistory {

    /** Days ago of the crisis alerts in safety/DemoCrisisAlerts, one held post each. */
    private static final int[] CRISIS_DAYS_AGO = {80, 71, 62, 52, 45, 38, 31, 24, 20, 16, 11, 6, 3};
    private static final int[] WATCHED_DAYS_AGO = {83, 77, 69, 66, 58, 54, 50, 43, 41, 36, 29, 27, 22, 18, 15, 13, 9, 8, 4, 2, 1};
    private static final int[] NEW_MEMBER_DAYS_AGO = {84, 82, 76, 74, 68, 61, 59, 55, 53, 48, 47, 44, 40, 34, 33, 26, 25, 23, 19, 17, 12, 10, 10, 7, 5, 2, 1};
    private static final int[] FLAGGED_DAYS_AGO = {78, 65, 49, 37, 30, 21, 14, 5};

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DemoDataRequested request) {
        long moderator = accounts.findByEmail("moderator@demo.test").orElseThrow().getId();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        add(today, moderator, CRISIS_DAYS_AGO, ReviewItem.Kind.CRISIS_ALERT, ModerationService.CRISIS_REASON, ReviewItem.Outcome.HIDDEN);
        add(today, moderator, WATCHED_DAYS_AGO, ReviewItem.Kind.HELD_POST, "moderation.reason.watched", ReviewItem.Outcome.APPROVED);
        add(today, moderator, NEW_MEMBER_DAYS_AGO, ReviewItem.Kind.HELD_POST, "moderation.reason.newMember", ReviewItem.Outcome.APPROVED);
        add(today, moderator, FLAGGED_DAYS_AGO, ReviewItem.Kind.FLAGGED_POST, "moderation.reason.flagged", ReviewItem.Outcome.HIDDEN);
    }

    private void add(LocalDate today, long moderator, int[] daysAgo, ReviewItem.Kind kind, String reason, ReviewItem.Outcome outcome) {
        for (int i = 0; i < daysAgo.length; i++) {
            // Spread over the day (09:00 to 21:00 UTC), a different hour for each item.
            Instant created = today.minusDays(daysAgo[i]).atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plus(Duration.ofHours(9 + (i * 5L) % 13)).plus(Duration.ofMinutes((i * 17L) % 60));
            Instant resolved = created.plus(Duration.ofMinutes(20 + (i * 11L) % 90));
            em.createNativeQuery("INSERT INTO review_item (kind, post_id, reason, status, created_at, resolved_by,"
                            + " resolved_at, outcome) VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, kind.name()).setParameter(2, reason).setParameter(3, ReviewItem.Status.RESOLVED.name())
                    .setParameter(4, LocalDateTime.ofInstant(created, ZoneOffset.UTC)).setParameter(5, moderator)
                    .setParameter(6, LocalDateTime.ofInstant(resolved, ZoneOffset.UTC)).setParameter(7, outcome.name())
                    .executeUpdate();
        }
    }
}
