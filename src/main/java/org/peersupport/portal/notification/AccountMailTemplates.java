package org.peersupport.portal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Mails about the security of an account, in the member's language: the reset link and "your
 * password was changed". Like every mail, the subject says nothing about what is inside.
 */
final class AccountMailTemplates {

    private AccountMailTemplates() {}

    static RenderedMail resetLink(String displayName, Locale locale, String url) {
        return mail(displayName, locale, NoticeText.text("mail.passwordReset.body", locale),
                NoticeText.text("mail.passwordReset.open", locale), url,
                NoticeText.text("mail.passwordReset.ignore", locale));
    }

    static RenderedMail passwordChanged(String displayName, Locale locale, ZoneId zone, Instant at, String askAgainUrl) {
        return mail(displayName, locale,
                NoticeText.text("mail.passwordChanged.body", locale, NoticeText.eventTime(at.toString(), locale, zone)),
                NoticeText.text("mail.passwordChanged.open", locale), askAgainUrl,
                NoticeText.text("mail.passwordChanged.notYou", locale));
    }

    private static RenderedMail mail(String displayName, Locale locale, String body, String action, String url, String after) {
        String subject = NoticeText.text("mail.account.subject", locale);
        String greeting = NoticeText.text("mail.account.greeting", locale, displayName);
        String footer = NoticeText.text("mail.account.footer", locale);
        String text = greeting + "\n\n" + body + "\n\n" + action + ": " + url + "\n\n" + after + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + MailTemplates.escape(greeting) + "</p><p>" + MailTemplates.escape(body) + "</p>"
                + "<p><a href=\"" + MailTemplates.escape(url) + "\">" + MailTemplates.escape(action) + "</a></p>"
                + "<p>" + MailTemplates.escape(after) + "</p>"
                + "<hr><p style=\"color:#555;font-size:small\">" + MailTemplates.escape(footer) + "</p></body></html>";
        return new RenderedMail(subject, text, html);
    }
}
