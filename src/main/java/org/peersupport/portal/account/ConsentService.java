package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Acceptances of the community guidelines and the privacy notice: each is kept with its version
 * and time (consent_acceptance), and the account holds the versions it last accepted, which every
 * signed-in page compares with the versions in force (account.web.ConsentFilter).
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ConsentSettings settings;

    @Inject
    private AuditTrail audit;

    /** The versions in force now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentVersions current() {
        return settings.current();
    }

    /** Registration accepted both documents at the versions the account was created with; in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordRegistration(Account account) {
        for (ConsentDocument document : ConsentDocument.values()) {
            em.persist(new ConsentAcceptance(account.getId(), document, account.getAcceptedConsent().of(document),
                    document == ConsentDocument.GUIDELINES ? account.getGuidelinesAcceptedAt() : account.getPrivacyAcceptedAt()));
        }
    }

    /** The documents whose version in force the account has not accepted yet (empty: nothing to ask). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<ConsentDocument> outdated(long accountId) {
        return outdated(accountId, current());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<ConsentDocument> outdated(long accountId, ConsentVersions inForce) {
        return acceptedBy(accountId).outdatedBy(inForce);
    }

    /** The versions the account last accepted, in one small query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentVersions acceptedBy(long accountId) {
        Object[] row = em.createQuery("SELECT a.guidelinesVersion, a.privacyVersion FROM Account a WHERE a.id = :id", Object[].class)
                .setParameter("id", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No account " + accountId));
        return new ConsentVersions((String) row[0], (String) row[1]);
    }

    /** The member accepts the versions in force. */
    public Set<ConsentDocument> accept(long accountId) {
        return accept(accountId, current());
    }

    /**
     * The member accepts {@code versions}: each document not yet at its version gets an acceptance
     * record and an audit line. Returns the documents accepted now (empty if nothing was outdated).
     */
    public Set<ConsentDocument> accept(long accountId, ConsentVersions versions) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NoSuchElementException("No account " + accountId);
        }
        Set<ConsentDocument> accepted = account.getAcceptedConsent().outdatedBy(versions);
        if (accepted.isEmpty()) {
            return accepted;
        }
        Instant now = clock.instant();
        account.acceptConsent(versions, now);
        for (ConsentDocument document : accepted) {
            em.persist(new ConsentAcceptance(accountId, document, versions.of(document), now));
        }
        audit.record(accountId, AccountAudit.CONSENT_ACCEPTED, AuditTrail.SUBJECT_ACCOUNT, accountId,
                accepted.stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT) + " " + versions.of(d))
                        .collect(Collectors.joining(", ")));
        return accepted;
    }

    /** Every acceptance of the account, oldest first (for the member's data export too). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentAcceptance> history(long accountId) {
        return em.createNamedQuery(ConsentAcceptance.OF_ACCOUNT, ConsentAcceptance.class)
                .setParameter("accountId", accountId).getResultList();
    }
}
