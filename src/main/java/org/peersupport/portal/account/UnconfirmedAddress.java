package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An account whose e-mail address is not yet confirmed, with the hash of the one link that
 * confirms it. Its absence is what "confirmed" means (see V19), so confirming deletes it.
 */
@Entity
@Table(name = "unconfirmed_address")
@NamedQuery(name = UnconfirmedAddress.BY_TOKEN_HASH,
        query = "SELECT u FROM UnconfirmedAddress u WHERE u.tokenHash = :hash")
@NamedQuery(name = UnconfirmedAddress.COUNT_FOR_ACCOUNT,
        query = "SELECT COUNT(u) FROM UnconfirmedAddress u WHERE u.accountId = :id")
public class UnconfirmedAddress {

    static final String BY_TOKEN_HASH = "UnconfirmedAddress.byTokenHash";
    static final String COUNT_FOR_ACCOUNT = "UnconfirmedAddress.countForAccount";

    /** How long a confirmation link works. */
    public static final Duration LINK_VALID_FOR = Duration.ofHours(48);

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UnconfirmedAddress() {
        // for JPA
    }

    UnconfirmedAddress(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        newLink(tokenHash, now);
    }

    /** A new link replaces the old one, which stops working. */
    void newLink(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.sentAt = now;
        this.expiresAt = now.plus(LINK_VALID_FOR);
    }

    boolean linkWorksAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
