package org.peersupport.portal.notification;

/** Hands one e-mail to the outside world: an SMTP server, or a folder in development. */
public interface MailTransport {

    void send(String to, RenderedMail mail) throws MailTransportException;

    class MailTransportException extends Exception {
        private static final long serialVersionUID = 1L;

        public MailTransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
