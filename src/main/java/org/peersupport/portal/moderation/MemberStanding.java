package org.peersupport.portal.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a member stands in the community: what their trust level is built from, and whether they are
 * silenced. Created lazily, at level 0, the first time it is needed.
 */
@Entity
@Table(name = "member_standing")
public class MemberStanding {

    /** Reading time between two page views counts up to this (applied by ModerationService.writeReadingTime). */
    static final Duration MAX_READING_GAP = Duration.ofMinutes(5);

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "trust_level", nullable = false)
    private int trustLevel;

    @Column(name = "approved_posts", nullable = false)
    private int approvedPosts;

    @Column(name = "posts_removed", nullable = false)
    private int postsRemoved;

    @Column(name = "days_visited", nullable = false)
    private int daysVisited;

    @Column(name = "last_visit_day")
    private LocalDate lastVisitDay;

    @Column(name = "read_seconds", nullable = false)
    private long readSeconds;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    @Column(name = "flags_upheld", nullable = false)
    private int flagsUpheld;

    @Column(name = "flags_dismissed", nullable = false)
    private int flagsDismissed;

    @Column(name = "silenced_until")
    private Instant silencedUntil;

    @Version
    private long version;

    protected MemberStanding() {
        // for JPA
    }

    public MemberStanding(long accountId) {
        this.accountId = accountId;
    }

    public void postApproved() {
        approvedPosts++;
    }

    public void postRemoved() {
        postsRemoved++;
    }

    public void flagUpheld() {
        flagsUpheld++;
    }

    public void flagDismissed() {
        flagsDismissed++;
    }

    /** Moves up (never down: a moderator sanctions instead) when the policy's figures are reached. */
    public boolean promoteUnder(TrustPolicy policy) {
        int earned = policy.levelFor(readSeconds, daysVisited, approvedPosts, postsRemoved);
        if (earned > trustLevel) {
            trustLevel = earned;
            return true;
        }
        return false;
    }

    /** Sets the level directly (demo data, or a moderator's decision). */
    public void setTrustLevel(int trustLevel) {
        this.trustLevel = Math.max(0, trustLevel);
    }

    public void silenceUntil(Instant until) {
        this.silencedUntil = until;
    }

    public boolean isSilencedAt(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    public boolean isHeldForReview(TrustPolicy policy) {
        return trustLevel == 0 && approvedPosts < policy.heldPosts();
    }

    public double flagWeight(TrustPolicy policy, boolean staff) {
        return policy.flagWeight(trustLevel, flagsUpheld, flagsDismissed, staff);
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getTrustLevel() {
        return trustLevel;
    }

    public int getApprovedPosts() {
        return approvedPosts;
    }

    public int getPostsRemoved() {
        return postsRemoved;
    }

    public int getDaysVisited() {
        return daysVisited;
    }

    public long getReadSeconds() {
        return readSeconds;
    }

    public int getFlagsUpheld() {
        return flagsUpheld;
    }

    public int getFlagsDismissed() {
        return flagsDismissed;
    }

    public Instant getSilencedUntil() {
        return silencedUntil;
    }
}
