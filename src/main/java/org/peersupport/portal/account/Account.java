package org.peersupport.portal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person's account. The e-mail address is private to the person and staff; everyone else sees
 * only the pseudonymous display name.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_BY_EMAIL, query = "SELECT COUNT(a) FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_BY_DISPLAY_NAME,
        query = "SELECT COUNT(a) FROM Account a WHERE LOWER(a.displayName) = LOWER(:displayName)")
@NamedQuery(name = Account.PAGE_FOR_ADMIN, query = "SELECT a FROM Account a"
        + " WHERE LOWER(a.displayName) LIKE :search OR a.email LIKE :search ORDER BY a.displayName")
@NamedQuery(name = Account.COUNT_FOR_ADMIN, query = "SELECT COUNT(a) FROM Account a"
        + " WHERE LOWER(a.displayName) LIKE :search OR a.email LIKE :search")
@NamedQuery(name = Account.BY_DISPLAY_NAMES, query = "SELECT a FROM Account a WHERE LOWER(a.displayName) IN :names")
@NamedQuery(name = Account.WITH_ROLES, query = "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.id = :id")
@NamedQuery(name = Account.IDS_WITH_ROLE, query = "SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role")
@NamedQuery(name = Account.IDS_BY_EMAILS, query = "SELECT a.id FROM Account a WHERE a.email IN :emails")
@NamedQuery(name = Account.STANDING,
        query = "SELECT a.securityStamp, a.rolesStamp, a.suspendedUntil FROM Account a WHERE a.id = :id")
public class Account {

    static final String STANDING = "Account.standing";

    static final String IDS_WITH_ROLE = "Account.idsWithRole";
    static final String WITH_ROLES = "Account.withRoles";
    static final String IDS_BY_EMAILS = "Account.idsByEmails";

    static final String BY_EMAIL = "Account.byEmail";
    static final String BY_DISPLAY_NAMES = "Account.byDisplayNames";
    static final String COUNT_BY_EMAIL = "Account.countByEmail";
    static final String COUNT_BY_DISPLAY_NAME = "Account.countByDisplayName";
    static final String PAGE_FOR_ADMIN = "Account.pageForAdmin";
    static final String COUNT_FOR_ADMIN = "Account.countForAdmin";

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MIN = 3;
    public static final int DISPLAY_NAME_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String language;

    @Column(name = "guidelines_version", nullable = false)
    private String guidelinesVersion;

    @Column(name = "guidelines_accepted_at", nullable = false)
    private Instant guidelinesAcceptedAt;

    @Column(name = "privacy_version", nullable = false)
    private String privacyVersion;

    @Column(name = "privacy_accepted_at", nullable = false)
    private Instant privacyAcceptedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** Set by a moderator's suspension: no sign-in before this time. */
    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    /** Raised by every change that must end the account's open sessions (see V13_3). */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /** Raised by every change of roles, which open sessions take on at their next request. */
    @Column(name = "roles_stamp", nullable = false)
    private long rolesStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Set when the account was erased: only a pseudonym is left (see {@link #erase}). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    Account(String email, String passwordHash, String displayName, ZoneId timeZone, Locale language,
            ConsentVersions consent, Instant now) {
        this.email = normaliseEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.timeZone = timeZone.getId();
        this.language = language.getLanguage();
        this.guidelinesVersion = consent.guidelines();
        this.guidelinesAcceptedAt = now;
        this.privacyVersion = consent.privacy();
        this.privacyAcceptedAt = now;
        this.createdAt = now;
        this.roles.add(Role.MEMBER);
    }

    /** E-mail addresses compare case-insensitively; we store them lower-cased and trimmed. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    boolean grant(Role role) {
        return changedPrivileges(roles.add(role));
    }

    boolean revoke(Role role) {
        return changedPrivileges(roles.remove(role));
    }

    private boolean changedPrivileges(boolean changed) {
        if (changed) {
            rolesStamp++;
        }
        return changed;
    }

    /** Every session signed in before now is worthless from the next request on. */
    void endSessions() {
        securityStamp++;
    }

    /** A new password (already hashed); the caller ends the sessions signed in with the old one. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void suspendUntil(Instant until) {
        this.suspendedUntil = until;
        endSessions();
    }

    public boolean isSuspendedAt(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    /**
     * Erasure: the address and name become a pseudonym, the password one nobody knows, every role
     * and session ends. The row stays so that posts and records that point at it still read.
     */
    void erase(String pseudonym, String unknowablePasswordHash, Instant now) {
        this.email = pseudonym + "@erased.invalid";
        this.displayName = pseudonym;
        this.passwordHash = unknowablePasswordHash;
        this.lastSignInAt = null;
        this.suspendedUntil = null;
        this.erasedAt = now;
        changedPrivileges(roles.removeIf(r -> true));
        endSessions();
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The stamps a session signing in now remembers. */
    public SessionStamps getSessionStamps() {
        return new SessionStamps(securityStamp, rolesStamp);
    }

    void changeLanguage(Locale locale) {
        this.language = locale.getLanguage();
    }

    void changeTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    /** Returns the former name, for the history moderators read. */
    String rename(String newDisplayName) {
        String former = displayName;
        this.displayName = newDisplayName.strip();
        return former;
    }

    void changeEmail(String confirmedEmail) {
        this.email = normaliseEmail(confirmedEmail);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getGuidelinesVersion() {
        return guidelinesVersion;
    }

    public Instant getGuidelinesAcceptedAt() {
        return guidelinesAcceptedAt;
    }

    public String getPrivacyVersion() {
        return privacyVersion;
    }

    public Instant getPrivacyAcceptedAt() {
        return privacyAcceptedAt;
    }

    /** The versions this account last accepted. */
    public ConsentVersions getAcceptedConsent() {
        return new ConsentVersions(guidelinesVersion, privacyVersion);
    }

    /** The member accepts these versions now; a document already at its version keeps its first acceptance time. */
    void acceptConsent(ConsentVersions versions, Instant now) {
        if (!versions.guidelines().equals(guidelinesVersion)) {
            guidelinesVersion = versions.guidelines();
            guidelinesAcceptedAt = now;
        }
        if (!versions.privacy().equals(privacyVersion)) {
            privacyVersion = versions.privacy();
            privacyAcceptedAt = now;
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
