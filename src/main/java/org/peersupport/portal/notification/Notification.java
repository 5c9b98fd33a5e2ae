package org.peersupport.portal.notification;

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
import java.util.List;

/** A notice in the portal: the bell counts the unread ones. Its text is rendered in the reader's language. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.PAGE,
        query = "SELECT n FROM Notification n WHERE n.recipientId = :recipient ORDER BY n.id DESC")
@NamedQuery(name = Notification.COUNT,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient")
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient AND n.readAt IS NULL")
@NamedQuery(name = Notification.MARK_READ, query = "UPDATE Notification n SET n.readAt = :now"
        + " WHERE n.recipientId = :recipient AND n.readAt IS NULL AND (:id IS NULL OR n.id = :id)")
public class Notification {

    static final String PAGE = "Notification.page";
    static final String COUNT = "Notification.count";
    static final String COUNT_UNREAD = "Notification.countUnread";
    static final String MARK_READ = "Notification.markRead";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(nullable = false)
    private String link;

    /** Arguments of the kind's text, joined by a unit separator (never typed by anyone). */
    @Column(nullable = false)
    private String params;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    Notification(long recipientId, NotificationKind kind, String link, List<String> params, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.link = link;
        this.params = String.join(SEPARATOR, params);
        this.createdAt = createdAt;
    }

    static final String SEPARATOR = "\u001f";

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getLink() {
        return link;
    }

    public List<String> getParams() {
        return params.isEmpty() ? List.of() : List.of(params.split(SEPARATOR, -1));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
