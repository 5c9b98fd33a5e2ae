package org.peersupport.portal.moderation;

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

/** A warning, a silence (no posting) or a suspension (no signing in), with its reason. Never edited. */
@Entity
@Table(name = "sanction")
@NamedQuery(name = Sanction.OF_ACCOUNT, query = "SELECT s FROM Sanction s WHERE s.accountId = :account ORDER BY s.id DESC")
public class Sanction {

    static final String OF_ACCOUNT = "Sanction.ofAccount";
    public static final int REASON_MAX = 500;
    public static final int MAX_DAYS = 365;

    public enum Kind {
        WARNING,
        SILENCE,
        SUSPENSION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private long issuedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ends_at", updatable = false)
    private Instant endsAt;

    protected Sanction() {
        // for JPA
    }

    Sanction(long accountId, Kind kind, String reason, long issuedBy, Instant createdAt, Instant endsAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A sanction needs a reason the member is told");
        }
        if (kind != Kind.WARNING && (endsAt == null || !endsAt.isAfter(createdAt))) {
            throw new IllegalArgumentException("A silence or suspension needs an end in the future");
        }
        this.accountId = accountId;
        this.kind = kind;
        this.reason = reason.strip();
        this.issuedBy = issuedBy;
        this.createdAt = createdAt;
        this.endsAt = kind == Kind.WARNING ? null : endsAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public long getIssuedBy() {
        return issuedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
