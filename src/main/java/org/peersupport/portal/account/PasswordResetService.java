package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * "Forgot your password?": a single-use link by e-mail, then a new password that signs the account
 * out everywhere. The transaction boundary; the mails are notification's (it observes
 * {@link PasswordResetLinkIssued} and {@link PasswordChanged}).
 */
@ApplicationScoped
@Transactional
public class PasswordResetService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private PasswordResetThrottle throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private AddressConfirmationService confirmations;

    @Inject
    private Event<PasswordResetLinkIssued> linkIssued;

    @Inject
    private Event<PasswordChanged> passwordChanged;

    @Inject
    private ResetLinkSender sender;

    /**
     * Someone asks for a link for {@code email} from {@code networkAddress}. The answer is always
     * the same and comes at once: the lookup, the link and the mail happen after it, so neither its
     * words nor its timing tell whether the address has an account or the ask was over the limit.
     * Returns the background work, for tests to wait on.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Future<?> ask(String email, String networkAddress) {
        if (email == null || email.isBlank() || !throttle.allow(email, networkAddress)) {
            return CompletableFuture.completedFuture(null);
        }
        return sender.issue(email);
    }

    /** Sends a new link to the account with this e-mail, if there is one; its older links stop working. */
    public void issue(String email) {
        Optional<Account> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long accountId = account.get().getId();
        replaceOpenLinks(accountId, now);
        String token = SecretToken.newToken();
        PasswordReset link = new PasswordReset(accountId, SecretToken.hash(token),
                account.get().getSessionStamps().security(), now);
        em.persist(link);
        linkIssued.fire(new PasswordResetLinkIssued(accountId, token, link.getExpiresAt()));
    }

    /** What the link in a mail can do now (the reset page asks before showing its form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResetLinkState check(String token) {
        return find(token, false)
                .map(link -> link.stateAt(clock.instant(), stampOf(link.getAccountId())))
                .orElse(ResetLinkState.UNKNOWN);
    }

    /**
     * Sets the new password through a usable link, spends the link, signs the account out of every
     * session, audits it and tells the member by e-mail. Refused (changing nothing) with
     * {@link PasswordResetRefusedException} for a link that is unknown, expired, used or replaced.
     */
    public void reset(String token, @NotNull @Valid NewPassword password) {
        // The row's lock makes two submissions of one link wait for each other: the second finds it used.
        PasswordReset link = find(token, true).orElseThrow(() -> new PasswordResetRefusedException(ResetLinkState.UNKNOWN));
        Account account = accounts.getAccount(link.getAccountId());
        Instant now = clock.instant();
        link.use(now, account.getSessionStamps().security());
        confirmations.confirmedByMailbox(account.getId());
        account.changePassword(passwords.hash(password.getPassword()));
        accounts.endSessions(account.getId());
        audit.record(account.getId(), AccountAudit.PASSWORD_RESET, AuditTrail.SUBJECT_ACCOUNT, account.getId(), null);
        passwordChanged.fire(new PasswordChanged(account.getId(), now));
    }

    /** Every open link of the account stops working (the e-mail address changed, say). */
    public void voidOpenLinks(long accountId) {
        replaceOpenLinks(accountId, clock.instant());
    }

    /** A password changed any other way (the settings page) voids the links still open. */
    void onPasswordChanged(@Observes PasswordChanged changed) {
        replaceOpenLinks(changed.accountId(), changed.at());
    }

    /** A link sent to the former address must not outlive the move to a new one. */
    void onEmailChanged(@Observes AccountMailEvents.EmailChanged changed) {
        replaceOpenLinks(changed.accountId(), clock.instant());
    }

    /** Retention: forgets links asked for before {@code before}; returns how many. */
    public int forgetCreatedBefore(@NotNull Instant before) {
        return em.createNamedQuery(PasswordReset.CREATED_BEFORE).setParameter("before", before).executeUpdate();
    }

    private void replaceOpenLinks(long accountId, Instant now) {
        em.createNamedQuery(PasswordReset.REPLACE_OPEN)
                .setParameter("now", now)
                .setParameter("replaced", PasswordReset.Ending.REPLACED)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    private Optional<PasswordReset> find(String token, boolean forUpdate) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty(); // not even the shape of a token: no query
        }
        var query = em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
                .setParameter("hash", SecretToken.hash(token));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private long stampOf(long accountId) {
        return accounts.getAccount(accountId).getSessionStamps().security();
    }
}
