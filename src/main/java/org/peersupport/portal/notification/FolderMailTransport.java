package org.peersupport.portal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/** Development: each e-mail becomes an .eml file in a folder, to open in any mail program. */
public class FolderMailTransport implements MailTransport {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;

    public FolderMailTransport(Path folder, String fromAddress) {
        this.folder = folder;
        try {
            this.from = new InternetAddress(fromAddress);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void send(String to, RenderedMail mail) throws MailTransportException {
        send(to, mail, null);
    }

    @Override
    public void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(System.currentTimeMillis() + "-" + SEQUENCE.incrementAndGet() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                SmtpMailTransport.message(session, from, to, mail, messageId).writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            throw new MailTransportException("Could not write the e-mail to " + folder + ": " + e.getMessage(), e);
        }
    }
}
