package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AddressConfirmationRequested;
import org.peersupport.portal.account.RegistrationWithKnownAddress;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * Mails about an account's address, written to the outbox in the transaction of the registration
 * that causes them. Not notices: no preference or quiet hours holds them back, since the person is
 * waiting for them now.
 */
@ApplicationScoped
public class AccountAddressMails {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Inject
    private Clock clock;

    void onConfirmationRequested(@Observes AddressConfirmationRequested requested) {
        Account account = accounts.getAccount(requested.accountId());
        String link = portal.baseUrl() + "/confirm-address.xhtml?token=" + requested.token();
        send(account, NoticeText.text("mail.confirmAddress.text", account.getLanguage(), account.getDisplayName()), link,
                NoticeText.text("mail.confirmAddress.open", account.getLanguage()), true);
    }

    void onKnownAddress(@Observes RegistrationWithKnownAddress attempt) {
        Account account = accounts.getAccount(attempt.accountId());
        Locale language = account.getLanguage();
        String text = NoticeText.text("mail.knownAddress.text", language, account.getDisplayName(),
                portal.baseUrl() + "/forgot-password.xhtml");
        send(account, text, portal.baseUrl() + "/login.xhtml", NoticeText.text("mail.knownAddress.open", language), false);
    }

    /** A mail whose link is a secret (the confirmation) is blanked in the outbox once sent. */
    private void send(Account account, String body, String link, String linkLabel, boolean secretLink) {
        Locale language = account.getLanguage();
        String subject = NoticeText.text("mail.subject", language);
        String text = body + "\n\n" + linkLabel + ": " + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + MailTemplates.escape(body).replace("\n\n", "</p><p>") + "</p>"
                + "<p><a href=\"" + MailTemplates.escape(link) + "\">" + MailTemplates.escape(linkLabel) + "</a></p></body></html>";
        Instant now = clock.instant();
        RenderedMail mail = new RenderedMail(subject, text, html);
        em.persist(secretLink ? OutboxMessage.withSecretLink(account.getId(), account.getEmail(), mail, now)
                : new OutboxMessage(account.getId(), account.getEmail(), mail, now, now));
    }
}
