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

/** A chat message someone asked a moderator to look at: its reader, or the portal for a watched word. */
@Entity
@Table(name = "chat_report")
@NamedQuery(name = ChatReport.OPEN, query = "SELECT r, m FROM ChatReport r JOIN ChatMessage m ON m.id = r.messageId"
        + " WHERE r.status = org.peersupport.portal.mentoring.ChatReport.Status.OPEN ORDER BY r.createdAt")
public class ChatReport {

    static final String OPEN = "ChatReport.open";

    public enum Status {
        OPEN,
        RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    /** Null when a watched word asked for the look. */
    @Column(name = "reporter_id")
    private Long reporterId;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ChatReport() {
    }

    ChatReport(long messageId, Long reporterId, String reason, Instant now) {
        this.messageId = messageId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    void resolve(long moderatorId, Instant now) {
        status = Status.RESOLVED;
        resolvedBy = moderatorId;
        resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getMessageId() {
        return messageId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
