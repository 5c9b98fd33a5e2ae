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
import org.peersupport.portal.account.AccountMailEvents.EmailAddressClaimed;
import org.peersupport.portal.account.AccountMailEvents.EmailChanged;
import org.peersupport.portal.account.AccountMailEvents.EmailConfirmationAsked;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * The mails of the settings page, into the outbox inside the transaction that made the change.
 * Security mails ignore preferences and quiet hours: they are how a member learns that someone
 * else changed their account.
 */
@ApplicationScoped
public class AccountSettingsMail {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Inject
    private Clock clock;

    void onConfirmationAsked(@Observes EmailConfirmationAsked asked) {
        Account account = accounts.getAccount(asked.accountId());
        send(account, asked.newEmail(), "mail.settings.confirmEmail", "/confirm-email.xhtml?token=" + asked.token(), true);
    }

    void onAddressClaimed(@Observes EmailAddressClaimed claimed) {
        Account owner = accounts.getAccount(claimed.ownerId());
        send(owner, owner.getEmail(), "mail.settings.addressClaimed", "/member/settings.xhtml", false);
    }

    void onEmailChanged(@Observes EmailChanged changed) {
        Account account = accounts.getAccount(changed.accountId());
        send(account, changed.formerEmail(), "mail.settings.emailChanged", "/login.xhtml", false);
    }

    private void send(Account account, String to, String key, String link, boolean secretLink) {
        Locale locale = account.getLanguage();
        String subject = NoticeText.text("mail.settings.subject", locale);
        String greeting = NoticeText.text("mail.settings.greeting", locale, account.getDisplayName());
        String body = NoticeText.text(key, locale);
        String url = portal.baseUrl() + link;
        String open = NoticeText.text(key + ".link", locale);
        String text = greeting + "\n\n" + body + "\n\n" + open + " " + url + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + MailTemplates.escape(greeting) + "</p><p>" + MailTemplates.escape(body) + "</p>"
                + "<p><a href=\"" + MailTemplates.escape(url) + "\">" + MailTemplates.escape(open) + "</a></p></body></html>";
        Instant now = clock.instant();
        RenderedMail mail = new RenderedMail(subject, text, html);
        em.persist(secretLink ? OutboxMessage.withSecretLink(account.getId(), to, mail, now) : new OutboxMessage(account.getId(), to, mail, now, now));
    }
}
