package org.peersupport.portal.curriculum.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's private feed link, kept only as the hash of its secret token. */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.OF_MEMBER, query = "SELECT f FROM CalendarFeed f WHERE f.memberId = :member")
// The account with its roles, by the token's hash, in one statement.
@NamedQuery(name = CalendarFeed.ACCOUNT_BY_HASH, query = "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles"
        + " WHERE a.id IN (SELECT f.memberId FROM CalendarFeed f WHERE f.tokenHash = :hash)")
public class CalendarFeed {

    static final String OF_MEMBER = "CalendarFeed.ofMember";
    static final String ACCOUNT_BY_HASH = "CalendarFeed.accountByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long memberId, String tokenHash, Instant now) {
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    /** A new secret for the same member: the old link stops working. */
    void replace(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
