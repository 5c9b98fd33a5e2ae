package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A password reset link sent by e-mail, kept only as the hash of its secret token. It works once,
 * for {@link #VALID_FOR}, while it is the account's newest link and the account's security stamp
 * is the one it was issued under (any other password change or sign-out raises the stamp).
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.BY_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
@NamedQuery(name = PasswordReset.REPLACE_OPEN, query = "UPDATE PasswordReset r SET r.endedAt = :now,"
        + " r.ending = :replaced"
        + " WHERE r.accountId = :account AND r.endedAt IS NULL")
@NamedQuery(name = PasswordReset.CREATED_BEFORE, query = "DELETE FROM PasswordReset r WHERE r.createdAt < :before")
public class PasswordReset {

    static final String BY_HASH = "PasswordReset.byHash";
    static final String REPLACE_OPEN = "PasswordReset.replaceOpen";
    static final String CREATED_BEFORE = "PasswordReset.createdBefore";

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** How a link stopped working before it expired. */
    enum Ending {
        USED,
        REPLACED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "security_stamp", nullable = false, updatable = false)
    private long securityStamp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ending")
    private Ending ending;

    protected PasswordReset() {
        // for JPA
    }

    PasswordReset(long accountId, String tokenHash, long securityStamp, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.securityStamp = securityStamp;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** What the link can do now, for an account whose security stamp is {@code currentStamp}. */
    ResetLinkState stateAt(Instant now, long currentStamp) {
        if (ending == Ending.USED) {
            return ResetLinkState.USED;
        }
        if (ending == Ending.REPLACED || currentStamp != securityStamp) {
            return ResetLinkState.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return ResetLinkState.EXPIRED;
        }
        return ResetLinkState.USABLE;
    }

    /** Spends the link; refused unless it is usable now. */
    void use(Instant now, long currentStamp) {
        ResetLinkState state = stateAt(now, currentStamp);
        if (state != ResetLinkState.USABLE) {
            throw new PasswordResetRefusedException(state);
        }
        endedAt = now;
        ending = Ending.USED;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
