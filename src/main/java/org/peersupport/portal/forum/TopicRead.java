package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** When a member last read a topic. Written by one upsert statement; mapped for the topic list's join. */
@Entity
@Table(name = "topic_read")
@IdClass(TopicRead.Key.class)
public class TopicRead {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "topic_id")
    private Long topicId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected TopicRead() {
        // for JPA
    }

    public Instant getReadAt() {
        return readAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private Long topicId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(topicId, k.topicId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, topicId);
        }
    }
}
