package org.peersupport.portal.testsupport;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the test SMTP server (GreenMail, started by {@link TestServers}) received for an address,
 * read over IMAP, so that tests inside Payara Micro can see it too.
 */
public final class Mailbox {

    public record Mail(String subject, String text) {}

    private Mailbox() {}

    public static int imapPort() {
        return Integer.parseInt(System.getProperty("portal.test.imapPort"));
    }

    public static int smtpPort() {
        return Integer.parseInt(System.getProperty("portal.test.smtpPort"));
    }

    /** Every mail delivered to {@code address} so far (GreenMail's login and password are the address). */
    public static List<Mail> of(String address) {
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imapPort(), address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                if (!inbox.exists()) {
                    return List.of();
                }
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(message.getSubject(), plainText(message)));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (AuthenticationFailedException noMailYet) {
            return List.of(); // GreenMail creates the account with the first mail to it
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mails to {@code address} that match, once at least {@code count} of them have arrived; the
     * portal's sender runs every ten seconds, so this waits up to a minute before failing.
     */
    public static List<Mail> awaitMail(String address, java.util.function.Predicate<Mail> matching, int count) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<Mail> found = of(address).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " matching mail(s) to " + address + " within a minute, got " + found);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String plainText(Message message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return parts.getBodyPart(i).getContent().toString();
                }
            }
        }
        return content.toString();
    }
}
