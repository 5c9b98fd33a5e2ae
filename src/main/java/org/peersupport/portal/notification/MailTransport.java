package org.peersupport.portal.notification;

/** Hands one e-mail to the outside world: an SMTP server, or a folder in development. */
public interface MailTransport {

    void send(String to, RenderedMail mail) throws MailTransportException;

    /**
     * Sends with this Message-ID instead of a random one, so that the same outbox message sent a
     * second time (after a crash between sending and marking it sent) is recognisably the same mail.
     */
    default void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
        send(to, mail);
    }

    class MailTransportException extends Exception {
        private static final long serialVersionUID = 1L;

        public MailTransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
