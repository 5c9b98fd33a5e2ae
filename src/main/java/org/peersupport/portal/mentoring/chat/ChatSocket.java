package org.peersupport.portal.mentoring.chat;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatSendResult;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.shared.RefusedException;
import org.peersupport.portal.shared.web.Bundle;

/**
 * One open chat page: the member sends ({@code {"type":"send","text":…}}) and says how far they
 * have read ({@code {"type":"read","upTo":id}}), and after a reconnect asks for what it missed
 * ({@code {"type":"since","after":id}}); the answer to a send comes back on this socket,
 * and everything else (the other side's messages, "seen", the end) through {@link ChatRelay}.
 */
@ServerEndpoint(value = ChatSocket.PATH_PREFIX + "{mentorshipId}", configurator = ChatSocketConfigurator.class)
public class ChatSocket {

    static final String PATH_PREFIX = "/mentoring/chat-socket/";
    /**
     * Closed because the member signed out (or their session ended): the page must not reconnect.
     * The code the WebSocket specification gives an invalidated HTTP session, so it is the same
     * whether Tyrus or {@link ChatSessionEnd} closes first.
     */
    static final CloseReason SIGNED_OUT = new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "signed out");
    /** Not this member's chat (the handshake filter normally answers 404 before this). */
    static final CloseReason REFUSED = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "not yours");
    /** An idle page keeps its socket: the page pings more often than this. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    private static final int CATCH_UP_PAGE = 100;

    @Inject
    private ChatSockets sockets;

    @Inject
    private ChatService chat;

    @Inject
    private ChatIdleTimers idleTimers;

    @Inject
    private AccountService accounts;

    /** The mentorship id at the end of a socket path, or null. */
    static Long mentorshipIdIn(String path) {
        if (!path.startsWith(PATH_PREFIX)) {
            return null;
        }
        String id = path.substring(PATH_PREFIX.length());
        return id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    @OnOpen
    public void open(Session session, @PathParam("mentorshipId") String mentorshipPath) throws IOException {
        Long accountId = (Long) session.getUserProperties().get(ChatSocketConfigurator.ACCOUNT);
        String httpSession = (String) session.getUserProperties().get(ChatSocketConfigurator.HTTP_SESSION);
        Principal principal = session.getUserPrincipal();
        Long mentorshipId = mentorshipIdIn(PATH_PREFIX + mentorshipPath);
        if (accountId == null || principal == null || !principal.getName().equals(accountId.toString())
                || mentorshipId == null || !chat.takesPart(accountId, mentorshipId)) {
            session.close(REFUSED);
            return;
        }
        idleTimers.adopt(session);
        session.setMaxIdleTimeout(IDLE_TIMEOUT.toMillis());
        Account account = accounts.getAccount(accountId);
        sockets.add(session, new ChatSockets.Peer(accountId, mentorshipId, httpSession, account.getLanguage(), account.getTimeZone()));
    }

    @OnMessage(maxMessageSize = 32 * 1024)
    public void message(Session session, String text) {
        long received = System.nanoTime();
        ChatSockets.Peer peer = sockets.peerOf(session);
        if (peer == null) {
            return;
        }
        JsonObject request;
        try (JsonReader reader = ChatJson.JSON.createReader(new StringReader(text))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            return;
        }
        switch (request.getString("type", "")) {
            case "send" -> {
                String ref = request.getString("ref", "");
                try {
                    ChatSendResult result = sockets.sendingFrom(session,
                            () -> chat.send(peer.accountId(), peer.mentorshipId(), request.getString("text", "")));
                    if (result.line() == null) {
                        sockets.send(session, answer(result, peer, ref));
                    } else {
                        ChatTimings.handled(result.line().id(), received);
                        sockets.sendMessage(session, result.line().id(), answer(result, peer, ref), false);
                    }
                } catch (RefusedException refused) {
                    // Say why on the page (say, a suspension), as for any refusal; the text stays in the box.
                    sockets.send(session, ChatJson.refused(Bundle.text(peer.locale(), refused.getReasonKey(),
                            refused.getArguments().toArray()), ref));
                }
            }
            case "read" -> {
                long upTo = request.getJsonNumber("upTo") == null ? 0 : request.getJsonNumber("upTo").longValue();
                if (upTo > 0) {
                    // This page keeps its "new messages" marker; the reader's other pages drop theirs.
                    sockets.sendingFrom(session, () -> {
                        chat.markRead(peer.accountId(), peer.mentorshipId(), upTo);
                        return null;
                    });
                }
            }
            case "since" -> sockets.catchingUp(session,
                    () -> catchUp(session, peer, request.getJsonNumber("after") == null ? 0 : request.getJsonNumber("after").longValue()));
            default -> {
                // "ping" keeps the socket open; anything else is ignored
            }
        }
    }

    /**
     * Everything after the last message the page shows, oldest first: the page asks on every
     * (re)connect, so what was committed before this socket was registered, or while it was away,
     * is never missed. The page ignores what it already shows.
     */
    private void catchUp(Session session, ChatSockets.Peer peer, long after) {
        long last = after;
        while (session.isOpen()) {
            List<ChatLine> lines = chat.after(peer.accountId(), peer.mentorshipId(), last, CATCH_UP_PAGE);
            if (lines.isEmpty()) {
                return;
            }
            lines.forEach(line -> sockets.sendMessage(session, line.id(), ChatJson.message("message", line, peer, null), false));
            last = lines.get(lines.size() - 1).id();
        }
    }

    private static String answer(ChatSendResult result, ChatSockets.Peer peer, String ref) {
        return switch (result.outcome()) {
            case SENT -> ChatJson.answer("message", result, peer, ref);
            case HELD, HELD_CRISIS -> ChatJson.answer("held", result, peer, ref);
            case REFUSED -> ChatJson.refused(Bundle.text(peer.locale(), result.reasonKey(), result.arguments().toArray()), ref);
        };
    }

    @OnClose
    public void close(Session session) {
        sockets.remove(session);
    }

    @jakarta.websocket.OnError
    public void failed(Session session, Throwable cause) {
        sockets.remove(session);
    }
}
