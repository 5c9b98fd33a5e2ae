package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.peersupport.portal.shared.security.SecretToken;

/**
 * Confirming a new account's e-mail address by a link: single use, valid for
 * {@link UnconfirmedAddress#LINK_VALID_FOR}, only its hash stored. Until then the member may sign
 * in and read, but {@link AccountStanding} refuses them posting, chatting and signing up.
 */
@ApplicationScoped
@Transactional
public class AddressConfirmationService {

    public enum Confirmation {
        CONFIRMED,
        /** The link was right but is too old: the member can sign in and ask for a new one. */
        EXPIRED,
        /** Unknown, forged, replaced or already used. */
        INVALID
    }

    public enum NewLink {
        SENT,
        ALREADY_CONFIRMED,
        /** Asked too often within the hour. */
        TRY_LATER
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RegistrationThrottle throttle;

    @Inject
    private Event<AddressConfirmationRequested> requested;

    /** A new account waits for its address to be confirmed, and the link is mailed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void awaitConfirmation(long accountId) {
        String token = SecretToken.newToken();
        em.persist(new UnconfirmedAddress(accountId, SecretToken.hash(token), clock.instant()));
        requested.fire(new AddressConfirmationRequested(accountId, token));
    }

    /** Confirms the address whose link this is; the link works once. */
    public Confirmation confirm(String token) {
        if (!SecretToken.wellFormed(token)) {
            return Confirmation.INVALID;
        }
        UnconfirmedAddress unconfirmed = em.createNamedQuery(UnconfirmedAddress.BY_TOKEN_HASH, UnconfirmedAddress.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst().orElse(null);
        if (unconfirmed == null) {
            return Confirmation.INVALID;
        }
        if (!unconfirmed.linkWorksAt(clock.instant())) {
            return Confirmation.EXPIRED;
        }
        em.remove(unconfirmed);
        return Confirmation.CONFIRMED;
    }

    /**
     * Another link sent to the account's address was opened (a password reset, an address change):
     * that proves the mailbox as well as the confirmation link would.
     */
    public void confirmedByMailbox(long accountId) {
        Optional.ofNullable(em.find(UnconfirmedAddress.class, accountId)).ifPresent(em::remove);
    }

    void onEmailChanged(@Observes AccountMailEvents.EmailChanged changed) {
        confirmedByMailbox(changed.accountId());
    }

    /** A new link for a signed-in member who has not confirmed yet; the old link stops working. */
    public NewLink sendNewLink(long accountId) {
        UnconfirmedAddress unconfirmed = em.find(UnconfirmedAddress.class, accountId);
        if (unconfirmed == null) {
            return NewLink.ALREADY_CONFIRMED;
        }
        if (!throttle.tryNewLink(accountId)) {
            return NewLink.TRY_LATER;
        }
        String token = SecretToken.newToken();
        Instant now = clock.instant();
        unconfirmed.newLink(SecretToken.hash(token), now);
        requested.fire(new AddressConfirmationRequested(accountId, token));
        return NewLink.SENT;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isConfirmed(long accountId) {
        return em.createNamedQuery(UnconfirmedAddress.COUNT_FOR_ACCOUNT, Long.class)
                .setParameter("id", accountId).getSingleResult() == 0;
    }
}
