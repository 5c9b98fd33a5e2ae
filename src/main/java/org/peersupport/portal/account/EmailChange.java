package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A new e-mail address waiting to be confirmed by the link sent to it. The account keeps its old
 * address until then; only the SHA-256 of the link's token is stored.
 */
@Entity
@Table(name = "email_change")
@NamedQuery(name = EmailChange.BY_TOKEN_HASH, query = "SELECT c FROM EmailChange c WHERE c.tokenHash = :hash")
public class EmailChange {

    static final String BY_TOKEN_HASH = "EmailChange.byTokenHash";

    /** Long enough for someone who reads mail once a day, short enough that an old mail is worthless. */
    public static final Duration VALID_FOR = Duration.ofHours(48);

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "new_email", nullable = false, length = Account.EMAIL_MAX)
    private String newEmail;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EmailChange() {
        // for JPA
    }

    EmailChange(long accountId, String newEmail, String tokenHash, Instant now) {
        this.accountId = accountId;
        renew(newEmail, tokenHash, now);
    }

    /** A newer request replaces the older one, whose link stops working. */
    void renew(String newEmail, String tokenHash, Instant now) {
        this.newEmail = Account.normaliseEmail(newEmail);
        this.tokenHash = tokenHash;
        this.requestedAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
