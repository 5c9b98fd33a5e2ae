package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.persistence.RetryOnConflict;

/** Accounts: registration, credentials, roles and personal settings. The transaction boundary. */
@ApplicationScoped
@Transactional
public class AccountService {
    private static final String ADMINS_ONLY = "Only an admin may change roles";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private SuspendedSignIn suspendedSignIn;

    @Inject
    private Event<RoleChanged> roleChanged;

    @Inject
    private Event<AccountSessionsEnded> sessionsEnded;

    @Inject
    private SignInStamp signInStamp;

    @Inject
    private Access access;

    @Inject
    private ConsentService consents;

    /**
     * Creates a member account whose address counts as confirmed: for the portal's own callers (demo
     * data, tests). A person registering goes through {@link RegistrationService}, which confirms
     * the address by mail. Refused if the e-mail or display name is taken.
     */
    public Account register(@NotNull @Valid Registration registration) {
        return create(registration, passwords.hash(registration.getPassword()));
    }

    /**
     * As {@link #register(Registration)}, with the password's hash made ahead of time by
     * {@link PasswordHashing}'s PBKDF2 (salt and iterations inside): demo data, so that a fresh start
     * does not spend 600,000 iterations on each demo person.
     */
    public Account register(@NotNull @Valid Registration registration, @NotBlank String passwordHash) {
        return create(registration, passwordHash);
    }

    private Account create(Registration registration, String passwordHash) {
        if (isEmailTaken(registration.getEmail())) {
            throw new RegistrationRefusedException(RegistrationRefusedException.Reason.EMAIL_TAKEN);
        }
        if (isDisplayNameTaken(registration.getDisplayName())) {
            throw new RegistrationRefusedException(RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN);
        }
        Account account = new Account(registration.getEmail(), passwordHash, registration.getDisplayName(), registration.getTimeZone(),
                Locale.forLanguageTag(registration.getLanguage()), consents.current(), clock.instant());
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations raced past the checks above; the unique keys decide.
            throw refusalFor(e);
        }
        consents.recordRegistration(account);
        return account;
    }

    /**
     * The account whose e-mail and password these are, with its sign-in time recorded. Two sign-ins
     * to one account at once both stamp it: the one that loses the race runs again.
     */
    @RetryOnConflict
    public Optional<Account> verifyCredentials(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            passwords.burnTime(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.get().getPasswordHash()) || account.get().isErased()) {
            return Optional.empty();
        }
        if (account.get().isSuspendedAt(clock.instant())) {
            suspendedSignIn.suspendedUntil(account.get().getSuspendedUntil(), account.get().getTimeZone());
            return Optional.empty();
        }
        stampSignIn(account.get().getId(), clock.instant());
        signInStamp.signedInWith(account.get().getSessionStamps());
        return account;
    }

    /**
     * The sign-in time, written past the account's version: a stamp is no edit, so two sign-ins at
     * once (two devices, two tabs) must not conflict with each other or with a real change.
     */
    private void stampSignIn(long accountId, Instant at) {
        em.createNativeQuery("UPDATE account SET last_sign_in_at = ?1 WHERE id = ?2")
                .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, accountId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Account.class, accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findAccount(long id) {
        if (em.isJoinedToTransaction()) {
            return Optional.ofNullable(em.find(Account.class, id)); // may be in the persistence context already: no SQL
        }
        // Outside a transaction every lookup is a statement anyway: the roles come in the same one, not a second.
        return em.createNamedQuery(Account.WITH_ROLES, Account.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account getAccount(long id) {
        return findAccount(id).orElseThrow(() -> new NoSuchElementException("No account " + id));
    }

    /** Accounts by display name, case-insensitive, in one query (mentions, invitations). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> findByDisplayNames(Collection<String> displayNames) {
        if (displayNames.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Account.BY_DISPLAY_NAMES, Account.class)
                .setParameter("names", displayNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList())
                .getResultList();
    }

    /** Display names by account id, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, String> displayNamesOf(Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    /** The ids of everyone holding {@code role} (who to alert: all moderators, all admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> idsWithRole(Role role) {
        return em.createNamedQuery(Account.IDS_WITH_ROLE, Long.class).setParameter("role", role).getResultList();
    }

    /** Account ids for sign-in e-mails, in one query; addresses without an account are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> idsByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Account.IDS_BY_EMAILS, Long.class)
                .setParameter("emails", emails.stream().map(Account::normaliseEmail).toList())
                .getResultList();
    }

    /** A moderator's suspension: the member cannot sign in until {@code until}, and their open sessions end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suspend(long accountId, Instant until) {
        getAccount(accountId).suspendUntil(until);
        sessionsEnded.fire(new AccountSessionsEnded(accountId));
    }

    /**
     * Signs the account out of every session it has, on every instance, at each session's next
     * request. The hook for a new password and for an erasure; roles and suspensions call it themselves.
     */
    public void endSessions(long accountId) {
        getAccount(accountId).endSessions();
        sessionsEnded.fire(new AccountSessionsEnded(accountId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEmailTaken(String email) {
        return em.createNamedQuery(Account.COUNT_BY_EMAIL, Long.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getSingleResult() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isDisplayNameTaken(String displayName) {
        return displayName != null && em.createNamedQuery(Account.COUNT_BY_DISPLAY_NAME, Long.class)
                .setParameter("displayName", displayName.strip())
                .getSingleResult() > 0;
    }

    /**
     * A page of accounts whose display name or e-mail contains {@code search} (blank for all),
     * for the role administration, with their roles in one further query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Account> pageForAdmin(String search, int first, int pageSize) {
        return em.createNamedQuery(Account.PAGE_FOR_ADMIN, Account.class)
                .setParameter("search", containing(search))
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForAdmin(String search) {
        return em.createNamedQuery(Account.COUNT_FOR_ADMIN, Long.class)
                .setParameter("search", containing(search))
                .getSingleResult();
    }

    private static String containing(String search) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + term + "%";
    }

    /** Grants a role; only an admin may. Audited through {@link RoleChanged}. */
    public void grantRole(long actorId, long accountId, @NotNull Role role) {
        access.require(actorId, Role.ADMIN, ADMINS_ONLY);
        Account account = getAccount(accountId);
        if (account.grant(role)) {
            roleChanged.fire(new RoleChanged(actorId, accountId, role, true));
        }
    }

    /** Removes a role; only an admin may, and never their own admin role (no one locks the portal out). */
    public void revokeRole(long actorId, long accountId, @NotNull Role role) {
        access.require(actorId, Role.ADMIN, ADMINS_ONLY);
        if (actorId == accountId && role == Role.ADMIN) {
            throw new NotPermittedException("An admin cannot remove their own admin role");
        }
        Account account = getAccount(accountId);
        if (account.revoke(role)) {
            roleChanged.fire(new RoleChanged(actorId, accountId, role, false));
        }
    }

    /**
     * Makes the registered account with this e-mail an admin, on the portal's own authority: how a
     * new installation gets its first admin (PORTAL_BOOTSTRAP_ADMIN_EMAIL). Returns false if no such account.
     */
    public boolean grantAdminAtStartup(String email) {
        Optional<Account> account = findByEmail(email);
        account.filter(a -> a.grant(Role.ADMIN))
                .ifPresent(a -> roleChanged.fire(new RoleChanged(null, a.getId(), Role.ADMIN, true)));
        return account.isPresent();
    }

    public void changeLanguage(long accountId, @NotNull Locale language) {
        getAccount(accountId).changeLanguage(language);
    }


    private static RuntimeException refusalFor(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException && cause.getMessage() != null) {
                return new RegistrationRefusedException(cause.getMessage().contains("uq_account_display_name")
                        ? RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN
                        : RegistrationRefusedException.Reason.EMAIL_TAKEN);
            }
        }
        return e;
    }
}
