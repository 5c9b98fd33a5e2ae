package org.peersupport.portal.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One claimed batch of the outbox, sent over one connection, and what became of each message:
 * accepted by the server (and when), failed (and why), or handed back untried because the
 * connection broke before its turn. {@link EmailOutbox#settle} records all three in one commit.
 */
public final class OutboxBatch {

    /** What sending needs of an outbox row, read while it was claimed. */
    record Item(long id, String to, RenderedMail mail, String messageId) {

        static Item of(OutboxMessage message) {
            return new Item(message.getId(), message.getToAddress(), message.getMail(), message.getMessageId());
        }
    }

    private final List<Item> items;
    private final Map<Long, Instant> accepted = new LinkedHashMap<>();
    private final Map<Long, String> failed = new LinkedHashMap<>();

    OutboxBatch(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /**
     * Opens one connection and sends the items in order. A mail the server refuses counts as failed
     * and the next one goes over the same connection; once the connection is gone, the rest are left
     * untried (handed back, due at once). If no connection opens, every item failed: the server is
     * away, and each message backs off as it would have alone.
     */
    void sendOver(MailTransport transport, Supplier<Instant> clock) {
        MailTransport.Connection connection;
        try {
            connection = transport.open();
        } catch (MailTransport.MailTransportException e) {
            items.forEach(item -> failed.put(item.id(), e.getMessage()));
            return;
        }
        try (connection) {
            for (Item item : items) {
                try {
                    connection.send(item.to(), item.mail(), item.messageId());
                    accepted.put(item.id(), clock.get());
                } catch (MailTransport.MailTransportException e) {
                    failed.put(item.id(), e.getMessage());
                    if (!connection.isOpen()) {
                        return;
                    }
                }
            }
        }
    }

    /** Accepted by the server, with the moment of its reply, in sending order. */
    Map<Long, Instant> accepted() {
        return accepted;
    }

    /** Tried and not accepted, with the error. */
    Map<Long, String> failed() {
        return failed;
    }

    /** Claimed but never tried: the connection broke first (or sending stopped on an unexpected error). */
    List<Long> handedBack() {
        return items.stream().map(Item::id).filter(id -> !accepted.containsKey(id) && !failed.containsKey(id)).toList();
    }

    int size() {
        return items.size();
    }
}
