package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.PasswordChanged;
import org.peersupport.portal.account.PasswordResetLinkIssued;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * The mails of a password reset, written to the outbox in the transaction that causes them and sent
 * at once (never held for quiet hours, and not something a member can turn off). The link's mail
 * keeps its body only until it is sent.
 */
@ApplicationScoped
public class PasswordMails {

    static final String RESET_PAGE = "/reset-password.xhtml?token=";
    static final String ASK_PAGE = "/forgot-password.xhtml";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Inject
    private Clock clock;

    void onLinkIssued(@Observes PasswordResetLinkIssued issued) {
        Account account = accounts.getAccount(issued.accountId());
        RenderedMail mail = AccountMailTemplates.resetLink(account.getDisplayName(), account.getLanguage(),
                portal.baseUrl() + RESET_PAGE + issued.token());
        em.persist(OutboxMessage.withSecretLink(account.getId(), account.getEmail(), mail, clock.instant()));
    }

    void onPasswordChanged(@Observes PasswordChanged changed) {
        Account account = accounts.getAccount(changed.accountId());
        RenderedMail mail = AccountMailTemplates.passwordChanged(account.getDisplayName(), account.getLanguage(),
                account.getTimeZone(), changed.at(), portal.baseUrl() + ASK_PAGE);
        em.persist(new OutboxMessage(account.getId(), account.getEmail(), mail, clock.instant(), clock.instant()));
    }
}
