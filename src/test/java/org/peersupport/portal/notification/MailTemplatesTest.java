package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aReminderIsWrittenInTheMembersLanguageAndTimeZone() {
        RenderedMail mail = MailTemplates.render(NotificationKind.SESSION_REMINDER, List.of("2026-11-24T17:00:00Z"),
                "Río Sereno", SPANISH, ZoneId.of("Europe/Madrid"), "https://portal.example", "/curriculum/sessions/7");

        assertThat(mail.subject()).isEqualTo("Un mensaje del Portal de Apoyo entre Pares");
        assertThat(mail.text()).contains("Tu sesión de grupo empieza el martes, 24 de noviembre de 2026 18:00 (Europe/Madrid).")
                .contains("https://portal.example/curriculum/sessions/7");
        assertThat(mail.html()).contains("lang=\"es\"").contains("18:00 (Europe/Madrid)");
    }

    @Test
    void neitherTheSubjectNorTheFirstLineSaysWhatItIsAbout() {
        for (NotificationKind kind : NotificationKind.values()) {
            List<String> params = switch (kind) {
                case ROLE_GRANTED -> List.of("MENTOR");
                case MENTOR_APPLICATION_DECIDED -> List.of("APPROVED");
                case FLAG_OUTCOME -> List.of("UPHELD");
                case MODERATOR_WARNING -> List.of("WARNING", "Please be kind.");
                case CRISIS_ALERT, CRISIS_ESCALATED -> List.of("HIGH", "15");
                case LOOK_SOON_ALERT, LOOK_SOON_ESCALATED -> List.of("LOOK_SOON", "240");
                case WAITLIST_PROMOTED, WORKSHOP_CHANGED, WORKSHOP_POSTPONED, WORKSHOP_CANCELLED -> List.of("Mindful mornings", "2026-11-24T17:00:00Z");
                default -> List.of("2026-11-24T17:00:00Z", "x");
            };
            RenderedMail mail = MailTemplates.render(kind, params, "Quiet Harbor",
                    Locale.ENGLISH, ZoneId.of("UTC"), "https://portal.example", "/x");
            // Staff must see at a glance that a crisis alert cannot wait; the subject still names nobody.
            assertThat(mail.subject()).as(kind.name()).isEqualTo(kind.ignoresQuietHours()
                    ? "Urgent: a crisis alert needs a moderator" : "A message from Peer Support Portal");
            assertThat(mail.text().lines().findFirst()).as(kind.name())
                    .contains("Hello Quiet Harbor, there is something new for you on Peer Support Portal.");
        }
    }

    @Test
    void namesAreEscapedInTheHtml() {
        RenderedMail mail = MailTemplates.render(NotificationKind.REPLY, List.of(), "<b>Bold</b> & co",
                Locale.ENGLISH, ZoneId.of("UTC"), "https://portal.example", "/x");
        assertThat(mail.html()).contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co").doesNotContain("<b>Bold</b>");
    }
}
