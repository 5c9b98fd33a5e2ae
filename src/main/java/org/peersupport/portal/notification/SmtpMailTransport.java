package org.peersupport.portal.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Logger;

/** Jakarta Mail over SMTP, plain text with an HTML alternative. */
public class SmtpMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpMailTransport.class.getName());

    private final Session session;
    private final InternetAddress from;

    public SmtpMailTransport(String host, int port, String user, String password, boolean startTls, String fromAddress,
            String fromName) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        boolean authenticate = user != null && !user.isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        this.session = Session.getInstance(properties, authenticate ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        } : null);
        try {
            this.from = new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
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
            Transport.send(message(session, from, to, mail, messageId));
        } catch (MessagingException e) {
            throw failure(e);
        }
    }

    /** One SMTP session (connect, EHLO, maybe STARTTLS and AUTH) for many mails, closed with QUIT. */
    @Override
    public Connection open() throws MailTransportException {
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect();
        } catch (MessagingException e) {
            throw failure(e);
        }
        return new Connection() {
            @Override
            public void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
                try {
                    MimeMessage message = message(session, from, to, mail, messageId);
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    throw failure(e);
                }
            }

            @Override
            public boolean isOpen() {
                return transport.isConnected(); // a NOOP to the server: only asked after a failure
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "SMTP connection did not close cleanly: " + e.getMessage());
                }
            }
        };
    }

    private MailTransportException failure(MessagingException e) {
        return new MailTransportException("SMTP delivery to " + session.getProperty("mail.smtp.host") + ":"
                + session.getProperty("mail.smtp.port") + " failed: " + e.getMessage(), e);
    }

    /** The mail as MIME; with a null {@code messageId} Jakarta Mail makes a random one. */
    static MimeMessage message(Session session, InternetAddress from, String to, RenderedMail mail, String messageId)
            throws MessagingException {
        MimeMessage message = messageId == null ? new MimeMessage(session) : new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }
}
