package org.peersupport.portal.mentoring.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatMessage;
import org.peersupport.portal.mentoring.ChatMessagePosted;

/**
 * What a relayed chat event means for the sockets on this instance: a new (or released) message
 * goes to both people's open chats, each seeing it as they may (the page ignores a message it
 * already shows); "read" becomes "seen" for the other person; an end closes both sides.
 * <p>
 * A notice carries everything a socket is sent, so delivering touches no database and needs no
 * transaction: it runs on whatever thread hears the event (Hazelcast's, which has no component
 * invocation for JPA), in the order the events were published.
 */
@ApplicationScoped
public class ChatDelivery {

    static final String POSTED = "posted";
    static final String READ = "read";
    static final String ENDED = "ended";
    private static final CloseReason CHAT_ENDED = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "mentorship ended");

    @Inject
    private ChatSockets sockets;

    /** The notice for a posted message: both sides' views of it travel with it. */
    static String postedNotice(ChatMessagePosted event, String originSocket) {
        JsonObjectBuilder notice = ChatJson.JSON.createObjectBuilder().add("event", POSTED).add("mentorship", event.mentorshipId())
                .add("message", event.messageId()).add("sender", event.senderId()).add("recipient", event.recipientId())
                .add("asSender", line(event.asSender())).add("asRecipient", line(event.asRecipient()));
        return (originSocket == null ? notice.addNull("origin") : notice.add("origin", originSocket)).build().toString();
    }

    private static JsonObjectBuilder line(ChatLine line) {
        JsonObjectBuilder json = ChatJson.JSON.createObjectBuilder().add("id", line.id()).add("senderId", line.senderId())
                .add("mine", line.mine()).add("status", line.status().name()).add("sentAt", line.sentAt().toString());
        return line.body() == null ? json.addNull("body") : json.add("body", line.body());
    }

    private static ChatLine line(JsonObject json) {
        return new ChatLine(json.getJsonNumber("id").longValue(), json.getJsonNumber("senderId").longValue(), json.getBoolean("mine"),
                json.isNull("body") ? null : json.getString("body"), ChatMessage.Status.valueOf(json.getString("status")),
                Instant.parse(json.getString("sentAt")));
    }

    void deliver(String notice) {
        JsonObject event;
        try (JsonReader reader = ChatJson.JSON.createReader(new StringReader(notice))) {
            event = reader.readObject();
        }
        long mentorship = event.getJsonNumber("mentorship").longValue();
        switch (event.getString("event")) {
            case POSTED -> {
                String origin = event.isNull("origin") ? null : event.getString("origin");
                deliverMessage(event.getJsonNumber("recipient").longValue(), mentorship, line(event.getJsonObject("asRecipient")), origin);
                deliverMessage(event.getJsonNumber("sender").longValue(), mentorship, line(event.getJsonObject("asSender")), origin);
            }
            case READ -> {
                long upTo = event.getJsonNumber("upTo").longValue();
                sendAll(sockets.of(event.getJsonNumber("other").longValue(), mentorship), ChatJson.seen(upTo));
                String origin = event.getString("origin", "");
                sockets.of(event.getJsonNumber("reader").longValue(), mentorship).stream().filter(socket -> !socket.getId().equals(origin))
                        .forEach(socket -> sockets.send(socket, ChatJson.readElsewhere(upTo)));
            }
            case ENDED -> {
                for (String side : List.of("mentor", "mentee")) {
                    for (Session socket : sockets.of(event.getJsonNumber(side).longValue(), mentorship)) {
                        sockets.send(socket, ChatJson.ended());
                        sockets.closeAfterSending(socket, CHAT_ENDED);
                    }
                }
            }
            default -> throw new IllegalArgumentException("Unknown chat event " + event);
        }
    }

    /** To every socket of the reader's on this chat, except the one it was sent from (that one has its answer). */
    private void deliverMessage(long readerId, long mentorshipId, ChatLine line, String originSocket) {
        for (Session socket : sockets.of(readerId, mentorshipId)) {
            ChatSockets.Peer peer = sockets.peerOf(socket);
            if (peer != null && !socket.getId().equals(originSocket)) {
                sockets.sendMessage(socket, line.id(), ChatJson.message("message", line, peer, null), true);
            }
        }
    }

    private void sendAll(List<Session> open, String json) {
        open.forEach(socket -> sockets.send(socket, json));
    }
}
