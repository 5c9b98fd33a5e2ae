package org.peersupport.portal.mentoring.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat sockets open on this instance, by account (all their devices) and by HTTP session, so
 * that signing out closes the sockets that session opened.
 */
@ApplicationScoped
public class ChatSockets {

    private static final Logger LOG = Logger.getLogger(ChatSockets.class.getName());

    /** Who is at the other end of a socket, and how they read times and texts. */
    public record Peer(long accountId, long mentorshipId, String httpSessionId, Locale locale, ZoneId zone) {}

    /** Closed after a failed send: the page reconnects and asks for what it missed. */
    static final CloseReason MISSED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "missed a message");

    private static final ThreadLocal<String> SENDING = new ThreadLocal<>();

    private final Map<Session, Peer> peers = new ConcurrentHashMap<>();
    private final Map<Long, Set<Session>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> byHttpSession = new ConcurrentHashMap<>();

    void add(Session session, Peer peer) {
        peers.put(session, peer);
        byAccount.computeIfAbsent(peer.accountId(), k -> ConcurrentHashMap.newKeySet()).add(session);
        byHttpSession.computeIfAbsent(peer.httpSessionId(), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(Session session) {
        Peer peer = peers.remove(session);
        if (peer != null) {
            forget(byAccount, peer.accountId(), session);
            forget(byHttpSession, peer.httpSessionId(), session);
        }
    }

    private static <K> void forget(Map<K, Set<Session>> index, K key, Session session) {
        index.computeIfPresent(key, (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    Peer peerOf(Session session) {
        return peers.get(session);
    }

    /** The sockets this account has open on this mentorship's chat, here. */
    List<Session> of(long accountId, long mentorshipId) {
        return byAccount.getOrDefault(accountId, Set.of()).stream()
                .filter(s -> peers.containsKey(s) && peers.get(s).mentorshipId() == mentorshipId).toList();
    }

    /**
     * Runs a member's send for the socket it came from: that socket gets the answer (with its ref),
     * so the relay leaves it out and the page is sent each message once.
     */
    <T> T sendingFrom(Session session, Supplier<T> send) {
        SENDING.set(session.getId());
        try {
            return send.get();
        } finally {
            SENDING.remove();
        }
    }

    /** The socket whose send is being handled on this thread, or null. */
    static String sendingSocket() {
        return SENDING.get();
    }

    public int count() {
        return peers.size();
    }

    /** One writer at a time per socket: the relay and the socket's own answers may meet. */
    void send(Session session, String json) {
        synchronized (session) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.getBasicRemote().sendText(json);
            } catch (IOException | IllegalStateException gone) {
                // A socket that missed a frame must not stay open looking live: closing it makes the
                // page reconnect and catch up from the database.
                LOG.log(Level.FINE, "Chat socket gone while sending", gone);
                close(session, MISSED);
            }
        }
    }

    void close(Session session, CloseReason reason) {
        remove(session);
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyClosed) {
            LOG.log(Level.FINE, "Chat socket already closed", alreadyClosed);
        }
    }

    /** The HTTP session ended (sign-out or time-out): its sockets close and do not come back. */
    void closeHttpSession(String httpSessionId) {
        Set<Session> sessions = byHttpSession.remove(httpSessionId);
        if (sessions != null) {
            List.copyOf(sessions).forEach(s -> close(s, ChatSocket.SIGNED_OUT));
        }
    }
}
