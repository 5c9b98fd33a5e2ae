package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One member's "support" on a post (at most one each). */
@Entity
@Table(name = "post_support")
@IdClass(PostSupport.Key.class)
public class PostSupport {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostSupport() {
        // for JPA
    }

    PostSupport(long postId, long accountId, Instant createdAt) {
        this.postId = postId;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long postId;
        private Long accountId;

        public Key() {}

        public Key(long postId, long accountId) {
            this.postId = postId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(postId, k.postId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, accountId);
        }
    }
}
