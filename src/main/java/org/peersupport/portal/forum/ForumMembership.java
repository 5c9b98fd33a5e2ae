package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's place in a private group: invited, asking to join, or in. */
@Entity
@Table(name = "forum_membership")
@IdClass(ForumMembership.Key.class)
@NamedQuery(name = ForumMembership.OF_FORUM,
        query = "SELECT m FROM ForumMembership m WHERE m.forumId = :forum ORDER BY m.status, m.createdAt")
@NamedQuery(name = ForumMembership.OF_ACCOUNT,
        query = "SELECT m FROM ForumMembership m WHERE m.accountId = :account")
public class ForumMembership {

    static final String OF_FORUM = "ForumMembership.ofForum";
    static final String OF_ACCOUNT = "ForumMembership.ofAccount";

    @Id
    @Column(name = "forum_id")
    private Long forumId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForumMembership() {
        // for JPA
    }

    ForumMembership(long forumId, long accountId, MembershipStatus status, Instant createdAt) {
        this.forumId = forumId;
        this.accountId = accountId;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** An invitation accepted, or a request approved: the two halves meet. */
    void admit() {
        status = MembershipStatus.MEMBER;
    }

    public long getForumId() {
        return forumId;
    }

    public long getAccountId() {
        return accountId;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long forumId;
        private Long accountId;

        public Key() {}

        public Key(long forumId, long accountId) {
            this.forumId = forumId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(forumId, k.forumId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(forumId, accountId);
        }
    }
}
