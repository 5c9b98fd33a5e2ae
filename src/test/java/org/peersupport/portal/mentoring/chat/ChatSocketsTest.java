package org.peersupport.portal.mentoring.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The idle sweep that replaced the container's per-frame idle timeout on chat sockets. */
class ChatSocketsTest {

    private final List<CloseReason> closed = new ArrayList<>();

    @Test
    void aSocketWhosePageWasQuietLongerThanTheIdleTimeoutIsClosedAndForgotten() {
        ChatSockets sockets = new ChatSockets();
        long before = System.nanoTime();
        Session session = session("1");
        sockets.add(session, new ChatSockets.Peer(7, 70, "http-1", Locale.ENGLISH, ZoneId.of("UTC")));

        assertThat(sockets.closeIdle(before + ChatSockets.IDLE_TIMEOUT.toNanos())).isZero();
        assertThat(sockets.count()).isEqualTo(1);

        long quietTooLong = System.nanoTime() + ChatSockets.IDLE_TIMEOUT.toNanos() + 1;
        assertThat(sockets.closeIdle(quietTooLong)).isEqualTo(1);
        assertThat(closed).containsExactly(ChatSockets.IDLE);
        assertThat(sockets.count()).isZero();
        assertThat(sockets.heard(session)).isNull();
        assertThat(sockets.closeIdle(quietTooLong)).isZero();
    }

    @Test
    void hearingFromThePageKeepsItsSocket() {
        ChatSockets sockets = new ChatSockets();
        Session session = session("2");
        sockets.add(session, new ChatSockets.Peer(8, 80, "http-2", Locale.ENGLISH, ZoneId.of("UTC")));
        long firstHeard = System.nanoTime();

        assertThat(sockets.heard(session)).isNotNull();

        assertThat(sockets.closeIdle(firstHeard + ChatSockets.IDLE_TIMEOUT.toNanos())).isZero();
        assertThat(closed).isEmpty();
    }

    /** A socket that answers only what ChatSockets asks of it, and records its close. */
    private Session session(String id) {
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getId" -> id;
                    case "isOpen" -> closed.isEmpty();
                    case "close" -> {
                        closed.add(args != null && args.length == 1 ? (CloseReason) args[0] : null);
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "session " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
