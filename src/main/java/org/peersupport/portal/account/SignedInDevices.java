package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.RecentReads;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * The sessions an account is signed in with, one database row each (so a cluster shares them): a
 * session records itself on its first signed-in request, touches its row at most every few
 * minutes, and is signed out at its next request once its row is gone. Sessions are keyed by a
 * random secret only the session holds; the table keeps its hash.
 */
@ApplicationScoped
@Transactional
public class SignedInDevices {

    /** Longer than the session timeout (30 minutes in web.xml): a row older than that is a session long gone. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /** How long an instance may trust that a row it saw still exists; a sign-out made here is seen at once. */
    static final Duration SEEN_TRUSTED = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail auditTrail;

    private final RecentReads<String, Boolean> recentlySeen = new RecentReads<>(SEEN_TRUSTED, 10_000);

    /** A new session key for {@code accountId}'s session; returns the key the session keeps. */
    public String record(long accountId, String userAgent) {
        String key = SecretToken.newToken();
        em.persist(new SignedInDevice(SecretToken.hash(key), accountId, userAgent, clock.instant()));
        return key;
    }

    /**
     * Whether the session with this key is still signed in (its row exists), touching the row when
     * it was last touched some minutes ago.
     */
    public boolean stillSignedIn(String sessionKey) {
        if (!SecretToken.wellFormed(sessionKey)) {
            return false;
        }
        if (recentlySeen.recent(sessionKey).isPresent()) {
            return true;
        }
        SignedInDevice device = em.find(SignedInDevice.class, SecretToken.hash(sessionKey));
        if (device == null) {
            recentlySeen.forget(sessionKey);
            return false;
        }
        Instant now = clock.instant();
        if (device.needsTouchAt(now)) {
            // One UPDATE, not a versioned edit: two requests of one session touching at once must not conflict.
            em.createNativeQuery("UPDATE account_session SET last_active_at = ?1 WHERE key_hash = ?2")
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .setParameter(2, device.getKeyHash()).executeUpdate();
        }
        recentlySeen.remember(sessionKey, true);
        return true;
    }

    /** The account's sessions, most recently active first; rows of sessions long expired are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignedInDevice> of(long accountId) {
        return em.createNamedQuery(SignedInDevice.OF_ACCOUNT, SignedInDevice.class)
                .setParameter("accountId", accountId)
                .setParameter("since", clock.instant().minus(FORGOTTEN_AFTER))
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultList();
    }

    /** The key hash of a session, so a page can tell "this device" from the others without holding keys of others. */
    public static String idOf(String sessionKey) {
        return sessionKey == null ? null : SecretToken.hash(sessionKey);
    }

    /** Signs out one of the account's own sessions; a row of another account is left alone (answers false). */
    public boolean signOut(long accountId, String keyHash) {
        int removed = em.createQuery("DELETE FROM SignedInDevice d WHERE d.keyHash = :hash AND d.accountId = :accountId")
                .setParameter("hash", keyHash).setParameter("accountId", accountId).executeUpdate();
        if (removed > 0) {
            recentlySeen.forgetAll();
            auditTrail.record(accountId, AccountAudit.DEVICE_SIGNED_OUT, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        }
        return removed > 0;
    }

    /**
     * Signs out every session of the account but the one with {@code keptSessionKey}: the security
     * stamp ends them on every instance; the returned stamps keep the one session signed in.
     */
    public SessionStamps signOutEverywhereElse(long accountId, String keptSessionKey) {
        accounts.endSessions(accountId);
        forgetAllBut(accountId, keptSessionKey);
        auditTrail.record(accountId, AccountAudit.SIGNED_OUT_ELSEWHERE, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        return accounts.getAccount(accountId).getSessionStamps();
    }

    /** The session signed out here ends its row (sign-out, session expiry). */
    public void forget(String sessionKey) {
        if (SecretToken.wellFormed(sessionKey)) {
            recentlySeen.forget(sessionKey);
            em.createQuery("DELETE FROM SignedInDevice d WHERE d.keyHash = :hash")
                    .setParameter("hash", SecretToken.hash(sessionKey)).executeUpdate();
        }
    }

    void forgetAllBut(long accountId, String keptSessionKey) {
        recentlySeen.forgetAll();
        em.createQuery("DELETE FROM SignedInDevice d WHERE d.accountId = :accountId AND d.keyHash <> :kept")
                .setParameter("accountId", accountId)
                .setParameter("kept", keptSessionKey == null ? "" : SecretToken.hash(keptSessionKey))
                .executeUpdate();
    }
}
