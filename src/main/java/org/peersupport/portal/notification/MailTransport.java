package org.peersupport.portal.notification;

/** Hands e-mail to the outside world: an SMTP server, or a folder in development. */
public interface MailTransport {

    void send(String to, RenderedMail mail) throws MailTransportException;

    /**
     * Sends with this Message-ID instead of a random one, so that the same outbox message sent a
     * second time (after a crash between sending and marking it sent) is recognisably the same mail.
     */
    default void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
        send(to, mail);
    }

    /**
     * A connection for a batch: the outbox sends a whole batch over one, instead of connecting per
     * mail. By default each mail is sent on its own (a folder has nothing to keep open).
     */
    default Connection open() throws MailTransportException {
        return new Connection() {
            @Override
            public void send(String to, RenderedMail mail, String messageId) throws MailTransportException {
                MailTransport.this.send(to, mail, messageId);
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    /** An open connection to the mail server; one thread uses it, then closes it. */
    interface Connection extends AutoCloseable {

        /** Returns once the server has accepted the mail (SMTP's 250 after the data). */
        void send(String to, RenderedMail mail, String messageId) throws MailTransportException;

        /** After a failed send: can the next mail still go over this connection? */
        boolean isOpen();

        /** Closes the connection; the mails already accepted stay accepted whatever happens here. */
        @Override
        void close();
    }

    class MailTransportException extends Exception {
        private static final long serialVersionUID = 1L;

        public MailTransportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
