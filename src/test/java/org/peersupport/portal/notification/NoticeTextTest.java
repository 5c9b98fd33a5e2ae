package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 16: a forum notice says what happened, where, and who did it (unless they wrote anonymously). */
class NoticeTextTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aReplyNamesTheTopicAndTheWriterInEnglishAndSpanish() {
        List<String> params = List.of("Evenings", "Steady Lantern");
        assertThat(NoticeText.of(NotificationKind.REPLY, params, Locale.ENGLISH, UTC))
                .isEqualTo("Steady Lantern replied to your topic “Evenings”.");
        assertThat(NoticeText.of(NotificationKind.REPLY, params, SPANISH, UTC))
                .isEqualTo("Steady Lantern ha respondido a tu tema «Evenings».");
        assertThat(NoticeText.of(NotificationKind.QUOTED, params, Locale.ENGLISH, UTC))
                .isEqualTo("Steady Lantern quoted your post in “Evenings”.");
        assertThat(NoticeText.of(NotificationKind.MENTIONED, params, SPANISH, UTC))
                .isEqualTo("Steady Lantern te ha mencionado en «Evenings».");
    }

    @Test
    void aWorkshopOfferNamesTheWorkshopAndTheDeadlineInTheReadersZone() {
        List<String> params = List.of("Mindful mornings", "2027-03-10T17:00:00Z");
        assertThat(NoticeText.of(NotificationKind.WAITLIST_PROMOTED, params, Locale.ENGLISH, ZoneId.of("Europe/Madrid")))
                .startsWith("A seat opened up at “Mindful mornings”, and it is yours if you confirm by Wednesday, March 10, 2027")
                .contains("6:00").endsWith("(Europe/Madrid).");
        assertThat(NoticeText.of(NotificationKind.WORKSHOP_CANCELLED, params, SPANISH, ZoneId.of("Europe/Madrid")))
                .startsWith("El taller «Mindful mornings» del miércoles, 10 de marzo de 2027").contains("18:00");
        assertThat(NoticeText.of(NotificationKind.WAITLIST_PROMOTED, List.of(), Locale.ENGLISH, UTC))
                .as("a notice stored before offers named their workshop").isEqualTo("A place opened up: you now have a seat.");
    }

    @Test
    void anAnonymousWriterIsSomeone() {
        assertThat(NoticeText.of(NotificationKind.REPLY, List.of("Evenings", ""), Locale.ENGLISH, UTC))
                .isEqualTo("Someone replied to your topic “Evenings”.");
        assertThat(NoticeText.of(NotificationKind.MENTIONED, List.of("Evenings", ""), SPANISH, UTC))
                .isEqualTo("Alguien te ha mencionado en «Evenings».");
    }

    @Test
    void noticesStoredBeforeNamesWereKeptStillReadWell() {
        assertThat(NoticeText.of(NotificationKind.QUOTED, List.of("Evenings"), Locale.ENGLISH, UTC))
                .isEqualTo("Someone quoted your post in “Evenings”.");
        assertThat(NoticeText.of(NotificationKind.REPLY, List.of(), Locale.ENGLISH, UTC))
                .isEqualTo("Someone replied to your topic.");
    }

    @Test
    void braceAndQuoteCharactersInNamesAndTitlesAreKeptAsTyped() {
        assertThat(NoticeText.of(NotificationKind.REPLY, List.of("It's {0} o'clock", "Don't {1}"), Locale.ENGLISH, UTC))
                .isEqualTo("Don't {1} replied to your topic “It's {0} o'clock”.");
    }

    @Test
    void theEmailSaysTheSame() {
        RenderedMail mail = MailTemplates.render(NotificationKind.REPLY, List.of("Evenings", "Steady Lantern"), "Quiet Harbor",
                Locale.ENGLISH, UTC, "https://portal.example", "/forum/topic.xhtml?id=1#post-2");
        assertThat(mail.text()).contains("Steady Lantern replied to your topic “Evenings”.");
    }
}
