package org.peersupport.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox sends at least once: a crash between sending and marking sends one message again. The
 * second copy must be recognisably the same mail, so both carry the Message-ID of their outbox row.
 */
class OutboxMessageIdTest {

    private static final RenderedMail MAIL = new RenderedMail("A reply to your topic", "Someone replied.",
            "<p>Someone replied.</p>");

    @Test
    void anOutboxMessageSentTwiceCarriesTheSameMessageIdBothTimes(@TempDir Path folder) throws Exception {
        MailTransport transport = new FolderMailTransport(folder, "no-reply@peersupport.example");
        String messageId = OutboxMessage.messageIdOf(42);

        transport.send("member@example.org", MAIL, messageId);
        transport.send("member@example.org", MAIL, messageId);

        List<String> ids = messageIdsIn(folder);
        assertThat(ids).hasSize(2).containsOnly("<outbox-42@peersupport.portal>");
    }

    @Test
    void differentOutboxMessagesHaveDifferentMessageIds() {
        assertThat(OutboxMessage.messageIdOf(42)).isNotEqualTo(OutboxMessage.messageIdOf(43));
    }

    private static List<String> messageIdsIn(Path folder) throws Exception {
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return new MimeMessage(session, in).getMessageID();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
