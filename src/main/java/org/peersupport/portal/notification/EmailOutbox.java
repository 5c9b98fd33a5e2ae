package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: nothing is lost, and a message is sent once, except in one case.
 *
 * <p>A sender claims a batch with one conditional UPDATE (rows unsent, due, and not claimed by a
 * live claim), so two senders never hold the same row. It then sends each message outside any
 * transaction and marks it sent at once, in a transaction of its own, or failed with a back-off. A
 * sender that dies after claiming loses its claim when {@link #CLAIM_FOR} has passed, and the row
 * is claimed again: nothing is lost.
 *
 * <p>This is <em>at least once</em>, not exactly once: SMTP and the database share no
 * transaction, so a crash (or a lost database) after the mail server accepted a message and before
 * its "sent" mark committed sends that one message again once the claim has expired. The window is
 * one message wide and lasts one commit; the second copy carries the same Message-ID
 * ({@link OutboxMessage#getMessageId()}), so mail programs and servers that de-duplicate treat it
 * as the same mail.
 */
@ApplicationScoped
public class EmailOutbox {

    private static final Logger LOG = Logger.getLogger(EmailOutbox.class.getName());

    /** Longer than any batch takes to send. */
    public static final Duration CLAIM_FOR = Duration.ofMinutes(2);
    public static final int BATCH = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private EmailOutbox self;

    /** Claims and sends one batch of due messages; returns how many were sent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue(MailTransport transport, Instant now, int batch) {
        String token = UUID.randomUUID().toString();
        List<OutboxMessage> claimed = self.claim(token, now, batch);
        int sent = 0;
        for (OutboxMessage message : claimed) {
            try {
                transport.send(message.getToAddress(), message.getMail(), message.getMessageId());
                self.markSent(message.getId(), token, Instant.now());
                sent++;
            } catch (MailTransport.MailTransportException e) {
                LOG.warning(() -> "E-mail " + message.getId() + " not sent, will retry: " + e.getMessage());
                self.markFailed(message.getId(), token, e.getMessage(), now);
            }
        }
        return sent;
    }

    /** Sends batches until nothing due is left (or a batch fails entirely); returns how many were sent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int drain(MailTransport transport, Instant now) {
        int total = 0;
        while (true) {
            int sent = sendDue(transport, now, BATCH);
            total += sent;
            if (sent < BATCH) {
                return total;
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claim(String token, Instant now, int batch) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("UPDATE email_outbox SET claim_token = ?1, claimed_until = ?2"
                        + " WHERE sent_at IS NULL AND not_before <= ?3 AND (claimed_until IS NULL OR claimed_until < ?3)"
                        + " ORDER BY id LIMIT ?4")
                .setParameter(1, token)
                .setParameter(2, at.plus(CLAIM_FOR))
                .setParameter(3, at)
                .setParameter(4, batch)
                .executeUpdate();
        return em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
                .setParameter("token", token)
                .getResultList();
    }

    /** Marks the message sent, if this sender still holds the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, String token, Instant at) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null && token.equals(message.getClaimToken())) {
            message.sent(at);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String token, String error, Instant at) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null && token.equals(message.getClaimToken())) {
            message.failed(error, at);
        }
    }

    /** What the outbox holds for an address, oldest first (for staff views and tests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMessage> messagesTo(String address) {
        return em.createNamedQuery(OutboxMessage.FOR_ADDRESS, OutboxMessage.class)
                .setParameter("address", address)
                .setHint("jakarta.persistence.cache.retrieveMode", "BYPASS")
                .getResultList();
    }
}
