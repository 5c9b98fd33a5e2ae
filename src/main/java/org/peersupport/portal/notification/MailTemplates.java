package org.peersupport.portal.notification;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Turns a notice into an e-mail in the reader's language. The subject and the first line (what a
 * phone shows on its lock screen) never say what the notice is about: only the body does.
 */
public final class MailTemplates {

    private MailTemplates() {}

    public static RenderedMail render(NotificationKind kind, List<String> params, String displayName, Locale locale,
            ZoneId zone, String baseUrl, String link) {
        // Urgent notices say so in the subject, without saying anything about the member.
        String subject = NoticeText.text(kind.ignoresQuietHours() ? "mail.subject.urgent" : "mail.subject", locale);
        String greeting = NoticeText.text("mail.greeting", locale, displayName);
        String notice = NoticeText.of(kind, params, locale, zone);
        String url = baseUrl + link;
        String settings = baseUrl + "/member/notification-settings.xhtml";
        String open = NoticeText.text("mail.open", locale);
        String footer = NoticeText.text("mail.footer", locale);
        String text = greeting + "\n\n" + notice + "\n\n" + open + " " + url + "\n\n-- \n" + footer + " " + settings + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + escape(greeting) + "</p><p>" + escape(notice) + "</p>"
                + "<p><a href=\"" + escape(url) + "\">" + escape(open) + "</a></p>"
                + "<hr><p style=\"color:#555;font-size:small\">" + escape(footer) + " <a href=\"" + escape(settings) + "\">"
                + escape(settings) + "</a></p></body></html>";
        return new RenderedMail(subject, text, html);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
