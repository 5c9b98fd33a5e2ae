package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountErased;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.ErasureRequested;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * The two e-mails of an erasure, whatever the member's preferences (they are about the account
 * itself): when it is asked, with the day it happens and how to cancel, and when it is done.
 */
@ApplicationScoped
public class ErasureMails {

    static final String ERASE_PAGE = "/member/erase.xhtml";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Inject
    private Clock clock;

    void onRequested(@Observes ErasureRequested requested) {
        Account member = accounts.getAccount(requested.accountId());
        RenderedMail mail = MailTemplates.render(NotificationKind.ERASURE_REQUESTED, List.of(requested.dueAt().toString()),
                member.getDisplayName(),
                member.getLanguage(), member.getTimeZone(), portal.baseUrl(), ERASE_PAGE);
        Instant now = clock.instant();
        em.persist(new OutboxMessage(member.getId(), member.getEmail(), mail, now, now));
    }

    /**
     * Sent to the address the account had, with no name: the account has none any more (retention
     * removes the sent mail later).
     */
    void onErased(@Observes AccountErased erased) {
        String subject = NoticeText.text("mail.subject", erased.language());
        String notice = NoticeText.of(NotificationKind.ACCOUNT_ERASED, List.of(), erased.language(), erased.timeZone());
        String html = "<!DOCTYPE html><html lang=\"" + erased.language().getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + MailTemplates.escape(notice) + "</p></body></html>";
        Instant now = clock.instant();
        em.persist(new OutboxMessage(null, erased.formerEmail(), new RenderedMail(subject, notice + "\n", html), now, now));
    }
}
