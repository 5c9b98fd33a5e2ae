package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reset link's mail and the "password changed" mail, in the member's language and time zone. */
class AccountMailTemplatesTest {

    private static final String LINK = "https://portal.example/reset-password.xhtml?token=abc";

    @Test
    void theLinksMailSaysHowLongItWorksAndWhatToDoIfItWasNotYou() {
        RenderedMail mail = AccountMailTemplates.resetLink("Quiet Harbor", Locale.ENGLISH, LINK);

        assertThat(mail.subject()).isEqualTo("About your Peer Support Portal account");
        assertThat(mail.text()).startsWith("Hello Quiet Harbor,")
                .contains("within 30 minutes", "Choose a new password: " + LINK, "If you did not ask, you can ignore this e-mail");
        assertThat(mail.html()).contains("<a href=\"" + LINK + "\">Choose a new password</a>", "lang=\"en\"");
    }

    @Test
    void aSpanishMemberReadsBothMailsInSpanishWithTheTimeInTheirZone() {
        Locale spanish = Locale.forLanguageTag("es");
        RenderedMail link = AccountMailTemplates.resetLink("Río Sereno", spanish, LINK);
        RenderedMail changed = AccountMailTemplates.passwordChanged("Río Sereno", spanish, ZoneId.of("Europe/Madrid"),
                Instant.parse("2026-12-05T21:30:00Z"), "https://portal.example/forgot-password.xhtml");

        assertThat(link.subject()).isEqualTo("Sobre tu cuenta del Portal de Apoyo entre Pares");
        assertThat(link.text()).startsWith("Hola, Río Sereno:").contains("30 minutos", LINK);
        assertThat(changed.text()).contains("22:30 (Europe/Madrid)", "Si no fuiste tú",
                "https://portal.example/forgot-password.xhtml");
        assertThat(changed.html()).contains("lang=\"es\"").doesNotContain("token=");
    }

    @Test
    void aMailWithASecretLinkForgetsItsBodyOnceSent() {
        RenderedMail mail = AccountMailTemplates.resetLink("Quiet Harbor", Locale.ENGLISH, LINK);
        OutboxMessage secret = OutboxMessage.withSecretLink(7L, "ana@example.org", mail, Instant.EPOCH);
        OutboxMessage plain = new OutboxMessage(7L, "ana@example.org", mail, Instant.EPOCH, Instant.EPOCH);

        assertThat(secret.getMail().text()).as("until sent, the sender needs it").contains(LINK);
        secret.sent(Instant.EPOCH.plusSeconds(5));
        plain.sent(Instant.EPOCH.plusSeconds(5));

        assertThat(secret.getMail().text()).isEmpty();
        assertThat(secret.getMail().html()).isEmpty();
        assertThat(secret.getMail().subject()).isEqualTo(mail.subject());
        assertThat(plain.getMail().text()).as("other mail is kept as it was").contains(LINK);
    }
}
