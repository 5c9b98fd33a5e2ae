package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far one side of a chat has read: the other side's "seen", and one's own unread count. Written by {@link ChatService#writeReadMarks}. */
@Entity
@Table(name = "chat_read_mark")
@IdClass(ChatReadMark.Key.class)
public class ChatReadMark {

    public record Key(long mentorshipId, long accountId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "mentorship_id")
    private long mentorshipId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "last_read_id", nullable = false)
    private long lastReadId;

    protected ChatReadMark() {
    }

    public long getLastReadId() {
        return lastReadId;
    }
}
