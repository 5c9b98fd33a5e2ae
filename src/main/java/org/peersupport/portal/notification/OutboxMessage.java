package org.peersupport.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An e-mail waiting in the outbox. Written in the transaction of the change that causes it; the
 * sender claims, sends and marks it (see {@link EmailOutbox}).
 */
@Entity
@Table(name = "email_outbox")
@NamedQuery(name = OutboxMessage.CLAIMED, query = "SELECT m FROM OutboxMessage m WHERE m.claimToken = :token ORDER BY m.id")
@NamedQuery(name = OutboxMessage.FOR_ADDRESS,
        query = "SELECT m FROM OutboxMessage m WHERE m.toAddress = :address ORDER BY m.id")
public class OutboxMessage {

    static final String CLAIMED = "OutboxMessage.claimed";
    static final String FOR_ADDRESS = "OutboxMessage.forAddress";
    static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "to_address", nullable = false)
    private String toAddress;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claim_token")
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** The body holds a secret link (a password reset): once sent, only the envelope is kept. */
    @Column(name = "forget_body_when_sent", nullable = false)
    private boolean forgetBodyWhenSent;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(Long recipientId, String toAddress, RenderedMail mail, Instant createdAt, Instant notBefore) {
        this.recipientId = recipientId;
        this.toAddress = toAddress;
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.createdAt = createdAt;
        this.notBefore = notBefore;
    }

    /** Like the plain constructor, for a mail whose body holds a secret link and is blanked once sent. */
    static OutboxMessage withSecretLink(Long recipientId, String toAddress, RenderedMail mail, Instant now) {
        OutboxMessage message = new OutboxMessage(recipientId, toAddress, mail, now, now);
        message.forgetBodyWhenSent = true;
        return message;
    }

    void sent(Instant at) {
        sentAt = at;
        if (forgetBodyWhenSent) {
            bodyText = "";
            bodyHtml = "";
        }
        claimToken = null;
        claimedUntil = null;
    }

    /** Claimed but not tried (the connection broke before its turn): due again at once, no attempt counted. */
    void handBack() {
        claimToken = null;
        claimedUntil = null;
    }

    /** A failed attempt: the claim is released and the next attempt waits (see {@link RetryPolicy}). */
    void failed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), ERROR_MAX));
        notBefore = RetryPolicy.nextAttempt(attempts, at);
        claimToken = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    /**
     * The Message-ID this message is sent with, every time: derived from its row, so a second
     * sending of it (see {@link EmailOutbox}) carries the same id and mail programs can tell.
     */
    public String getMessageId() {
        return messageIdOf(id);
    }

    static String messageIdOf(long outboxId) {
        return "<outbox-" + outboxId + "@peersupport.portal>";
    }

    public String getToAddress() {
        return toAddress;
    }

    public RenderedMail getMail() {
        return new RenderedMail(subject, bodyText, bodyHtml);
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    String getClaimToken() {
        return claimToken;
    }
}
