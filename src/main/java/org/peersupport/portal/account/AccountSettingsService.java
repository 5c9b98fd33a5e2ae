package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.account.AccountMailEvents.EmailAddressClaimed;
import org.peersupport.portal.account.AccountMailEvents.EmailChanged;
import org.peersupport.portal.account.AccountMailEvents.EmailConfirmationAsked;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.security.FailureWindow;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * A member's own settings: password, display name, e-mail address, time zone and language. Each
 * change is audited; the transaction boundary.
 */
@ApplicationScoped
@Transactional
public class AccountSettingsService {

    static final int WRONG_PASSWORDS_ALLOWED = 5;
    static final Duration WRONG_PASSWORD_WINDOW = Duration.ofMinutes(15);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private SignedInDevices devices;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    /** Wrong current passwords per account; in this instance's memory, like {@link SignInThrottle}. */
    private final FailureWindow wrongPasswords = new FailureWindow(WRONG_PASSWORDS_ALLOWED, WRONG_PASSWORD_WINDOW);

    @Inject
    private Event<PasswordChanged> passwordChanged;

    @Inject
    private Event<EmailConfirmationAsked> confirmationAsked;

    @Inject
    private Event<EmailAddressClaimed> addressClaimed;

    @Inject
    private Event<EmailChanged> emailChanged;

    /**
     * A new password, after the current one: every other session ends (the stamp is raised and
     * their device rows go); the returned stamps keep {@code keptSessionKey}'s session signed in.
     */
    public SessionStamps changePassword(long accountId, @NotNull String currentPassword,
            @NotNull @AcceptablePassword String newPassword,
            String keptSessionKey) {
        Account account = requirePassword(accountId, currentPassword);
        account.changePassword(passwords.hash(newPassword));
        accounts.endSessions(accountId);
        devices.forgetAllBut(accountId, keptSessionKey);
        auditTrail.record(accountId, AccountAudit.PASSWORD_CHANGED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        passwordChanged.fire(new PasswordChanged(accountId, clock.instant()));
        return account.getSessionStamps();
    }

    /** A new display name, unique in any letter case; the former one is kept for moderators. */
    public void changeDisplayName(long accountId, @NotBlank @Size(min = Account.DISPLAY_NAME_MIN, max = Account.DISPLAY_NAME_MAX,
            message = "{account.displayName.length}") @Pattern(regexp = Registration.DISPLAY_NAME_PATTERN,
                    message = "{account.displayName.characters}") String newName) {
        Account account = accounts.getAccount(accountId);
        String wanted = newName.strip();
        if (wanted.equals(account.getDisplayName())) {
            return;
        }
        // Only a change of letter case may keep a name that "is taken": by this very account.
        if (!wanted.equalsIgnoreCase(account.getDisplayName()) && accounts.isDisplayNameTaken(wanted)) {
            throw new SettingsRefusedException(SettingsRefusedException.NAME_TAKEN);
        }
        String former = account.rename(wanted);
        em.persist(new DisplayNameChange(accountId, former, wanted, clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Someone took the name between the check and now; the unique key decided.
            throw new SettingsRefusedException(SettingsRefusedException.NAME_TAKEN);
        }
        auditTrail.record(accountId, AccountAudit.DISPLAY_NAME_CHANGED, AuditTrail.SUBJECT_ACCOUNT, accountId,
                former + " → " + wanted);
    }

    /** The names this account had before, newest first (for moderators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DisplayNameChange> nameHistory(long accountId) {
        return em.createNamedQuery(DisplayNameChange.OF_ACCOUNT, DisplayNameChange.class)
                .setParameter("accountId", accountId).getResultList();
    }

    /**
     * Asks to move the account to {@code newEmail}: a link goes to that address, and nothing changes
     * until it is followed. An address that belongs to someone else gets the same answer here (its
     * owner is told instead), so this never reveals who has an account.
     */
    public void askEmailChange(long accountId, @NotNull String currentPassword,
            @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
            @Size(max = Account.EMAIL_MAX, message = "{account.email.tooLong}") String newEmail) {
        Account account = requirePassword(accountId, currentPassword);
        String wanted = Account.normaliseEmail(newEmail);
        if (wanted.equals(account.getEmail())) {
            throw new SettingsRefusedException(SettingsRefusedException.SAME_EMAIL);
        }
        Optional<Account> owner = accounts.findByEmail(wanted);
        auditTrail.record(accountId, AccountAudit.EMAIL_CHANGE_ASKED, AuditTrail.SUBJECT_ACCOUNT, accountId, null);
        if (owner.isPresent()) {
            addressClaimed.fire(new EmailAddressClaimed(owner.get().getId()));
            return;
        }
        String token = SecretToken.newToken();
        Instant now = clock.instant();
        EmailChange pending = em.find(EmailChange.class, accountId);
        if (pending == null) {
            em.persist(new EmailChange(accountId, wanted, SecretToken.hash(token), now));
        } else {
            pending.renew(wanted, SecretToken.hash(token), now);
        }
        confirmationAsked.fire(new EmailConfirmationAsked(accountId, wanted, token));
    }

    /** The e-mail change waiting for {@code token}, if the link is real and still valid. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EmailChange> pendingChange(String token) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(EmailChange.BY_TOKEN_HASH, EmailChange.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream()
                .filter(c -> !c.isExpiredAt(clock.instant())).findFirst();
    }

    /** Follows the link: the account takes the new address and the former one is told. Used once. */
    public void confirmEmailChange(String token) {
        EmailChange change = pendingChange(token)
                .orElseThrow(() -> new SettingsRefusedException(SettingsRefusedException.LINK_INVALID));
        Account account = accounts.getAccount(change.getAccountId());
        em.remove(em.contains(change) ? change : em.merge(change));
        if (accounts.isEmailTaken(change.getNewEmail())) {
            // Registered by someone else since the link was sent: nothing moves.
            throw new SettingsRefusedException(SettingsRefusedException.LINK_INVALID);
        }
        String former = account.getEmail();
        account.changeEmail(change.getNewEmail());
        auditTrail.record(account.getId(), AccountAudit.EMAIL_CHANGED, AuditTrail.SUBJECT_ACCOUNT, account.getId(), null);
        emailChanged.fire(new EmailChanged(account.getId(), former));
    }

    /** Time zone and language together, as the settings page saves them. */
    public void changeRegion(long accountId, @NotNull ZoneId zone, @NotNull Locale language) {
        Account account = accounts.getAccount(accountId);
        if (!zone.equals(account.getTimeZone())) {
            account.changeTimeZone(zone);
            auditTrail.record(accountId, AccountAudit.TIME_ZONE_CHANGED, AuditTrail.SUBJECT_ACCOUNT, accountId, zone.getId());
        }
        if (!language.getLanguage().equals(account.getLanguage().getLanguage())) {
            account.changeLanguage(language);
            auditTrail.record(accountId, AccountAudit.LANGUAGE_CHANGED, AuditTrail.SUBJECT_ACCOUNT, accountId,
                    language.getLanguage());
        }
    }

    /**
     * The account, if this is its password; a wrong one changes nothing. A session left open on a
     * shared computer must not become a way to guess the password: a few wrong ones, then a pause.
     */
    private Account requirePassword(long accountId, String password) {
        String key = Long.toString(accountId);
        if (wrongPasswords.isRefused(key, clock.instant())) {
            throw new SettingsRefusedException(SettingsRefusedException.TOO_MANY);
        }
        Account account = accounts.getAccount(accountId);
        if (password == null || !passwords.matches(password, account.getPasswordHash())) {
            wrongPasswords.record(key, clock.instant());
            throw new SettingsRefusedException(SettingsRefusedException.WRONG_PASSWORD);
        }
        wrongPasswords.clear(key);
        return account;
    }
}
