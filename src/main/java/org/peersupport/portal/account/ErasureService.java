package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * Erasure (GDPR art. 17): asked with the password, cancellable during the cooling-off period,
 * carried out by {@link ErasureTimer}. Each feature removes its own private rows when it observes
 * {@link AccountErasing}; this service ends the account itself.
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    static final String PSEUDONYM_PREFIX = "former-member-";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Access access;

    @Inject
    @ConfigProperty(name = "portal.erasure.cooling-off", defaultValue = "P7D")
    private Duration coolingOff;

    @Inject
    private Instance<ErasureHold> holds;

    @Inject
    private Event<ErasureRequested> requested;

    @Inject
    private Event<AccountErasing> erasing;

    @Inject
    private Event<AccountErased> erased;

    @Inject
    private Event<AccountSessionsEnded> sessionsEnded;

    /** The member's pending erasure, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ErasureRequest> pending(long accountId) {
        return Optional.ofNullable(em.find(ErasureRequest.class, accountId));
    }

    /** A member's own account with its roles and when a pending erasure of it happens (empty: none), as the dashboard shows them. */
    public record OwnAccount(Account account, Optional<Instant> erasureDueAt) {}

    /** The member's {@link OwnAccount} in one statement: the dashboard reads it on every view. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnAccount ownAccount(long accountId) {
        Object[] row = em.createQuery("SELECT a, r.dueAt FROM Account a LEFT JOIN FETCH a.roles LEFT JOIN ErasureRequest r"
                + " ON r.accountId = a.id WHERE a.id = :id", Object[].class).setParameter("id", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        return new OwnAccount((Account) row[0], Optional.ofNullable((Instant) row[1]));
    }

    /**
     * The member asks for erasure with their password; asking again while one is pending changes
     * nothing. Refused, with nothing saved, when the password is wrong.
     */
    public ErasureRequest request(long accountId, String password) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isErased() || password == null
                || !passwords.matches(password, account.getPasswordHash())) {
            throw new ErasureRefusedException(ErasureRefusedException.WRONG_PASSWORD);
        }
        ErasureRequest existing = em.find(ErasureRequest.class, accountId);
        if (existing != null) {
            return existing;
        }
        ErasureRequest request = new ErasureRequest(accountId, clock.instant(), coolingOff);
        em.persist(request);
        audit.record(accountId, AccountAudit.ERASURE_REQUESTED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        requested.fire(new ErasureRequested(accountId, request.getDueAt()));
        return request;
    }

    /** The member changed their mind; false when nothing was pending. */
    public boolean cancel(long accountId) {
        ErasureRequest request = em.find(ErasureRequest.class, accountId);
        if (request == null) {
            return false;
        }
        em.remove(request);
        audit.record(accountId, AccountAudit.ERASURE_CANCELLED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        return true;
    }

    /** An admin lets a held erasure go ahead, with a note saying why (kept in the audit trail). */
    public void release(long adminId, long accountId, String note) {
        access.require(adminId, Role.ADMIN, "Only an admin may release a held erasure");
        ErasureRequest request = em.find(ErasureRequest.class, accountId);
        if (request == null) {
            throw new ErasureRefusedException(ErasureRefusedException.NOTHING_PENDING);
        }
        request.release(adminId, note);
        audit.record(adminId, AccountAudit.ERASURE_RELEASED, AuditTrail.SUBJECT_ACCOUNT, accountId,
                request.getAdminNote().length() > 500 ? request.getAdminNote().substring(0, 500) : request.getAdminNote());
    }

    /** Erasures due now, oldest first (each is then carried out in its own transaction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueIds(Instant now) {
        return em.createNamedQuery(ErasureRequest.DUE_IDS, Long.class).setParameter("now", now).getResultList();
    }

    /**
     * Carries out one due erasure. The row lock on the request makes it happen once across a
     * cluster: a second instance waits, then finds the request gone. False when not due, gone,
     * or held by an open crisis alert without an admin's note.
     */
    public boolean carryOut(long accountId) {
        Instant now = clock.instant();
        ErasureRequest request = em.find(ErasureRequest.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isDueAt(now)) {
            return false;
        }
        if (!request.isReleased() && holds.stream().anyMatch(h -> h.holds(accountId))) {
            if (request.heldAt(now)) {
                audit.record(null, AccountAudit.ERASURE_HELD, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
            }
            return false;
        }
        Account account = em.find(Account.class, accountId);
        AccountErased done = new AccountErased(accountId, account.getEmail(), account.getLanguage(), account.getTimeZone());
        erasing.fire(new AccountErasing(accountId));
        em.createNativeQuery("DELETE FROM care_contact WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        String pseudonym = PSEUDONYM_PREFIX + SecretToken.newToken().substring(0, 16).toLowerCase(java.util.Locale.ROOT);
        account.erase(pseudonym, passwords.hash(SecretToken.newToken()), now);
        em.remove(request);
        audit.record(null, AccountAudit.ACCOUNT_ERASED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        sessionsEnded.fire(new AccountSessionsEnded(accountId));
        erased.fire(done);
        // The features deleted rows past the entity cache; nothing stale may be read back.
        em.getEntityManagerFactory().getCache().evictAll();
        return true;
    }
}
