package org.peersupport.portal.mentoring.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat sockets open on this instance, by account (all their devices) and by HTTP session, so
 * that signing out closes the sockets that session opened.
 * <p>
 * Each socket has an outbox: its frames are written in the order they were handed in, one at a
 * time, by a few writer threads of this class, so neither the relay's thread (one per instance)
 * nor a socket's reader waits for another member's slow socket. While a socket catches up from
 * the database, live messages for it wait until the catch-up has been written, and a message
 * both caught up and delivered live is written once.
 */
@ApplicationScoped
public class ChatSockets {

    private static final Logger LOG = Logger.getLogger(ChatSockets.class.getName());

    /** Who is at the other end of a socket, and how they read times and texts. */
    public record Peer(long accountId, long mentorshipId, String httpSessionId, Locale locale, ZoneId zone) {}

    /** Closed after a failed send, or when its page stopped reading: it reconnects and asks for what it missed. */
    static final CloseReason MISSED = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "missed a message");

    /** Frames a socket may have waiting before it counts as stuck and is closed (it then catches up). */
    static final int MAX_WAITING = 2_000;
    /** Frames one writer sends from one outbox before letting the other sockets' outboxes go. */
    private static final int FRAMES_PER_TURN = 32;
    /** Message ids remembered per socket to write each once: a catch-up and live delivery meet only on the newest. */
    private static final int RECENT_IDS = 64;
    /**
     * The writers' context class loader. Tyrus re-arms a socket's idle timer on every frame, on
     * Payara's managed scheduler, which captures the thread's context by a ServiceLoader scan of
     * the context class loader (all of WEB-INF/lib for the application's): with only the JDK to
     * scan, the outgoing two thirds of a message's frames skip that cost. Nothing the writers run
     * loads application classes by the context class loader.
     */
    private static final ClassLoader JDK_ONLY = new ClassLoader(null) {};

    private static final ThreadLocal<String> SENDING = new ThreadLocal<>();

    private final Map<Session, Peer> peers = new ConcurrentHashMap<>();
    private final Map<Session, Outbox> outboxes = new ConcurrentHashMap<>();
    private final Map<Long, Set<Session>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> byHttpSession = new ConcurrentHashMap<>();

    @Resource
    private ManagedThreadFactory threads;

    private ExecutorService writers;

    /**
     * A frame to write, or (with {@code close}) the socket to close once the frames before it are
     * written; a chat message's frame keeps its id and when it was queued, for {@link ChatTimings}.
     */
    private record Frame(String json, CloseReason close, long messageId, boolean live, long queuedNanos) {
        static Frame of(String json) {
            return new Frame(json, null, 0, false, 0);
        }
    }

    /** A live message waiting for a catch-up to end. */
    private record Deferred(long messageId, String json) {}

    private static final class Outbox {
        final Session session;
        final ArrayDeque<Frame> waiting = new ArrayDeque<>();
        final List<Deferred> deferred = new ArrayList<>();
        final long[] recentIds = new long[RECENT_IDS];
        int nextRecent;
        int catchingUp;
        boolean writing;

        Outbox(Session session) {
            this.session = session;
        }

        /** Whether this message was written here already; if not, it is remembered as written. */
        boolean alreadyWritten(long messageId) {
            for (long id : recentIds) {
                if (id == messageId) {
                    return true;
                }
            }
            recentIds[nextRecent] = messageId;
            nextRecent = (nextRecent + 1) % RECENT_IDS;
            return false;
        }
    }

    @PostConstruct
    void start() {
        writers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), threads);
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }

    void add(Session session, Peer peer) {
        outboxes.put(session, new Outbox(session));
        peers.put(session, peer);
        byAccount.computeIfAbsent(peer.accountId(), k -> ConcurrentHashMap.newKeySet()).add(session);
        byHttpSession.computeIfAbsent(peer.httpSessionId(), k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(Session session) {
        outboxes.remove(session);
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

    /** A frame for the socket, after those handed in before it. */
    void send(Session session, String json) {
        enqueue(session, Frame.of(json));
    }

    /**
     * A chat message for the socket, written once however often it is handed in. A live one
     * ({@code live}) waits while the socket catches up, so the page gets the messages oldest first.
     */
    void sendMessage(Session session, long messageId, String json, boolean live) {
        Outbox outbox = outboxes.get(session);
        if (outbox == null) {
            return;
        }
        synchronized (outbox) {
            if (live && outbox.catchingUp > 0) {
                outbox.deferred.add(new Deferred(messageId, json));
                return;
            }
            if (outbox.alreadyWritten(messageId)) {
                return;
            }
        }
        enqueue(session, new Frame(json, null, messageId, live, System.nanoTime()));
    }

    /** Runs a catch-up for the socket: live messages handed in meanwhile are written after it, each once. */
    void catchingUp(Session session, Runnable catchUp) {
        Outbox outbox = outboxes.get(session);
        if (outbox == null) {
            return;
        }
        synchronized (outbox) {
            outbox.catchingUp++;
        }
        try {
            catchUp.run();
        } finally {
            List<Deferred> live;
            synchronized (outbox) {
                live = --outbox.catchingUp == 0 ? List.copyOf(outbox.deferred) : List.of();
                if (outbox.catchingUp == 0) {
                    outbox.deferred.clear();
                }
            }
            live.forEach(message -> sendMessage(session, message.messageId(), message.json(), true));
        }
    }

    /** Closes the socket once the frames handed in before have been written. */
    void closeAfterSending(Session session, CloseReason reason) {
        enqueue(session, new Frame(null, reason, 0, false, 0));
    }

    private void enqueue(Session session, Frame frame) {
        Outbox outbox = outboxes.get(session);
        if (outbox == null) {
            return;
        }
        boolean startWriting;
        synchronized (outbox) {
            if (outbox.waiting.size() >= MAX_WAITING) {
                // The page stopped reading: closing makes it reconnect and catch up from the database.
                LOG.fine("Chat socket stopped reading; closed");
                writers.execute(() -> close(session, MISSED));
                return;
            }
            outbox.waiting.add(frame);
            startWriting = !outbox.writing;
            outbox.writing = true;
        }
        if (startWriting) {
            writers.execute(() -> write(outbox));
        }
    }

    /** Writes an outbox's frames in order; after a turn it queues itself again so every socket moves. */
    private void write(Outbox outbox) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JDK_ONLY);
        try {
            for (int n = 0; n < FRAMES_PER_TURN; n++) {
                Frame frame;
                synchronized (outbox) {
                    frame = outbox.waiting.poll();
                    if (frame == null) {
                        outbox.writing = false;
                        return;
                    }
                }
                if (frame.close() != null) {
                    close(outbox.session, frame.close());
                } else {
                    long writing = System.nanoTime();
                    writeNow(outbox.session, frame.json());
                    if (frame.messageId() != 0) {
                        ChatTimings.written(frame.messageId(), frame.live(), frame.queuedNanos(), writing);
                    }
                }
            }
            writers.execute(() -> write(outbox));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void writeNow(Session session, String json) {
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

    void close(Session session, CloseReason reason) {
        remove(session);
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyClosed) {
            LOG.log(Level.FINE, "Chat socket already closed", alreadyClosed);
        }
    }

    /** The HTTP session ended (sign-out or time-out): its sockets close at once and do not come back. */
    void closeHttpSession(String httpSessionId) {
        Set<Session> sessions = byHttpSession.remove(httpSessionId);
        if (sessions != null) {
            List.copyOf(sessions).forEach(s -> close(s, ChatSocket.SIGNED_OUT));
        }
    }
}
