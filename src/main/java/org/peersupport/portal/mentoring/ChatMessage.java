package org.peersupport.portal.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message in a mentorship's chat. A held message is kept from the other person until a
 * moderator releases it; the writer still sees their own words, with a calm notice.
 */
@Entity
@Table(name = "chat_message")
@NamedQuery(name = ChatMessage.PAGE_BEFORE, query = "SELECT m FROM ChatMessage m WHERE m.mentorshipId = :mentorship"
        + " AND m.id < :before ORDER BY m.id DESC")
@NamedQuery(name = ChatMessage.PAGE_AFTER, query = "SELECT m FROM ChatMessage m WHERE m.mentorshipId = :mentorship"
        + " AND m.id > :after ORDER BY m.id")
@NamedQuery(name = ChatMessage.HELD, query = "SELECT m FROM ChatMessage m WHERE m.status IN"
        + " (org.peersupport.portal.mentoring.ChatMessage.Status.HELD, org.peersupport.portal.mentoring.ChatMessage.Status.HELD_CRISIS)"
        + " ORDER BY m.status DESC, m.sentAt")
@NamedQuery(name = ChatMessage.UNREAD_COUNTS, query = "SELECT m.mentorshipId, COUNT(m) FROM ChatMessage m"
        + " LEFT JOIN ChatReadMark r ON r.mentorshipId = m.mentorshipId AND r.accountId = :account"
        + " WHERE m.mentorshipId IN :mentorships AND m.senderId <> :account"
        + " AND m.status = org.peersupport.portal.mentoring.ChatMessage.Status.DELIVERED"
        + " AND (r.lastReadId IS NULL OR m.id > r.lastReadId) GROUP BY m.mentorshipId")
public class ChatMessage {

    static final String PAGE_BEFORE = "ChatMessage.pageBefore";
    static final String PAGE_AFTER = "ChatMessage.pageAfter";
    static final String HELD = "ChatMessage.held";
    static final String UNREAD_COUNTS = "ChatMessage.unreadCounts";
    public static final int MAX_LENGTH = 4000;

    public enum Status {
        DELIVERED,
        /** A watched word asks for a moderator before the other person reads it. */
        HELD,
        /** Crisis language: held, and a crisis alert raised. */
        HELD_CRISIS,
        REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentorship_id", nullable = false)
    private long mentorshipId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ChatMessage() {
    }

    ChatMessage(long mentorshipId, long senderId, String body, Status status, Instant now) {
        this.mentorshipId = mentorshipId;
        this.senderId = senderId;
        this.body = body;
        this.status = status;
        this.sentAt = now;
    }

    /** Its id, once inserted by {@link ChatService} in one statement. */
    void stored(long id) {
        this.id = id;
    }

    public boolean isHeld() {
        return status == Status.HELD || status == Status.HELD_CRISIS;
    }

    /** What {@code readerId} may read of it: the writer always their own words, the other person only delivered ones. */
    public boolean isReadableBy(long readerId) {
        return status == Status.DELIVERED || (readerId == senderId && status != Status.REMOVED);
    }

    void release() {
        requireHeld();
        status = Status.DELIVERED;
    }

    void remove() {
        status = Status.REMOVED;
    }

    private void requireHeld() {
        if (!isHeld()) {
            throw new IllegalStateException("Only a held message is released");
        }
    }

    public Long getId() {
        return id;
    }

    public long getMentorshipId() {
        return mentorshipId;
    }

    public long getSenderId() {
        return senderId;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
