package org.peersupport.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in session of an account, kept in the database so that every instance of a cluster
 * knows it: a session whose row is gone is signed out at its next request.
 */
@Entity
@Table(name = "account_session")
@NamedQuery(name = SignedInDevice.OF_ACCOUNT, query = "SELECT d FROM SignedInDevice d"
        + " WHERE d.accountId = :accountId AND d.lastActiveAt > :since ORDER BY d.lastActiveAt DESC")
public class SignedInDevice {

    static final String OF_ACCOUNT = "SignedInDevice.ofAccount";

    /** Last-active is written at most this often, so a busy session costs no write per request. */
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    protected SignedInDevice() {
        // for JPA
    }

    SignedInDevice(String keyHash, long accountId, String userAgent, Instant now) {
        this.keyHash = keyHash;
        this.accountId = accountId;
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 255));
        this.signedInAt = now;
        this.lastActiveAt = now;
    }

    public boolean needsTouchAt(Instant now) {
        return !lastActiveAt.plus(TOUCH_EVERY).isAfter(now);
    }

    public String getKeyHash() {
        return keyHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public DeviceDescription getDescription() {
        return DeviceDescription.of(userAgent);
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public Instant getLastActiveAt() {
        return lastActiveAt;
    }
}
