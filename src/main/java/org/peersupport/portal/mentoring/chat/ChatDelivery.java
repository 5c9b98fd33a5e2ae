package org.peersupport.portal.mentoring.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.List;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.shared.NotFoundException;

/**
 * What a relayed chat event means for the sockets on this instance: a new (or released) message
 * goes to both people's open chats, each seeing it as they may (the page ignores a message it
 * already shows); "read" becomes "seen" for the other person; an end closes both sides.
 */
@ApplicationScoped
public class ChatDelivery {

    static final String POSTED = "posted";
    static final String READ = "read";
    static final String ENDED = "ended";
    private static final CloseReason CHAT_ENDED = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "mentorship ended");

    @Inject
    private ChatSockets sockets;

    @Inject
    private ChatService chat;

    void deliver(String notice) {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(notice))) {
            event = reader.readObject();
        }
        long mentorship = event.getJsonNumber("mentorship").longValue();
        switch (event.getString("event")) {
            case POSTED -> {
                long message = event.getJsonNumber("message").longValue();
                deliverMessage(event.getJsonNumber("recipient").longValue(), mentorship, message);
                deliverMessage(event.getJsonNumber("sender").longValue(), mentorship, message);
            }
            case READ -> {
                long upTo = event.getJsonNumber("upTo").longValue();
                sendAll(sockets.of(event.getJsonNumber("other").longValue(), mentorship), ChatJson.seen(upTo));
                sendAll(sockets.of(event.getJsonNumber("reader").longValue(), mentorship), ChatJson.readElsewhere(upTo));
            }
            case ENDED -> {
                for (String side : List.of("mentor", "mentee")) {
                    for (Session socket : sockets.of(event.getJsonNumber(side).longValue(), mentorship)) {
                        sockets.send(socket, ChatJson.ended());
                        sockets.close(socket, CHAT_ENDED);
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown chat event " + event);
        }
    }

    private void deliverMessage(long readerId, long mentorshipId, long messageId) {
        List<Session> open = sockets.of(readerId, mentorshipId);
        if (open.isEmpty()) {
            return;
        }
        ChatLine line;
        try {
            line = chat.line(readerId, messageId);
        } catch (NotFoundException gone) {
            return;
        }
        for (Session socket : open) {
            ChatSockets.Peer peer = sockets.peerOf(socket);
            if (peer != null) {
                sockets.send(socket, ChatJson.message("message", line, peer, null));
            }
        }
    }

    private void sendAll(List<Session> open, String json) {
        open.forEach(socket -> sockets.send(socket, json));
    }
}
