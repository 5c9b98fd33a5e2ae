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
import org.peersupport.portal.shared.persistence.RetryOnConflict;

/**
 * Sends what the outbox holds: nothing is lost, and a message is sent once, except in two cases.
 *
 * <p>A sender claims a batch with one conditional UPDATE (rows unsent, due, and not claimed by a
 * live claim), so two senders never hold the same row. It then sends the batch outside any
 * transaction over one SMTP connection ({@link OutboxBatch}), and settles it in one transaction:
 * the mails the server accepted are marked sent (with the time of each one's reply), the one that
 * failed backs off, and those not tried because the connection broke are handed back, due at once.
 * The settling runs also when sending stops half-way, so what was accepted is never sent again. A
 * sender that dies after claiming loses its claim when {@link #CLAIM_FOR} has passed, and the rows
 * are claimed again: nothing is lost.
 *
 * <p>This is <em>at least once</em>, not exactly once: SMTP and the database share no
 * transaction, so two windows remain. A crash (or a lost database) after the server accepted mails
 * and before the batch's settling committed sends those mails again once the claim has expired: the
 * window is at most one batch ({@link #BATCH} mails, about a quarter of a second at the rate in
 * bench/README.md), where it was one mail when each had its own commit, at 10-12 mails/s. And a
 * server that takes a mail but whose "250" reply is lost with the connection cannot be told apart
 * from one that did not take it: that mail is sent again (SMTP's own duplicate case). The second
 * copy carries the same Message-ID ({@link OutboxMessage#getMessageId()}), so mail programs and
 * servers that de-duplicate treat it as the same mail.
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

    /** Claims one batch of due messages, sends it over one connection and settles it; returns how many were sent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendDue(MailTransport transport, Instant now, int batch) {
        String token = UUID.randomUUID().toString();
        List<OutboxMessage> claimed = self.claim(token, now, batch);
        if (claimed.isEmpty()) {
            return 0;
        }
        OutboxBatch sending = new OutboxBatch(claimed.stream().map(OutboxBatch.Item::of).toList());
        try {
            sending.sendOver(transport, Instant::now);
        } finally {
            self.settle(token, sending, now); // also after an unexpected error: the accepted ones stay sent
        }
        if (!sending.failed().isEmpty() || !sending.handedBack().isEmpty()) {
            LOG.warning(() -> "E-mail batch: " + sending.accepted().size() + " of " + sending.size() + " sent, "
                    + sending.failed().size() + " failed (retried after a pause), " + sending.handedBack().size()
                    + " untried (due again at once): " + sending.failed().values().stream().findFirst().orElse(""));
        }
        return sending.accepted().size();
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

    // Two senders (two instances) claiming at once may deadlock in InnoDB over the same rows: the loser's
    // claim is run again (seen in NotificationOutboxIT's race under load), not reported as a failure.
    @RetryOnConflict
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

    /**
     * Records a sent batch in one transaction: accepted rows sent, failed ones backing off, untried
     * ones handed back. Only rows this sender still holds the claim on are touched.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void settle(String token, OutboxBatch batch, Instant now) {
        for (OutboxMessage message : em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
                .setParameter("token", token)
                .getResultList()) {
            Instant sentAt = batch.accepted().get(message.getId());
            String error = batch.failed().get(message.getId());
            if (sentAt != null) {
                message.sent(sentAt);
            } else if (error != null) {
                message.failed(error, now);
            } else {
                message.handBack();
            }
        }
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
