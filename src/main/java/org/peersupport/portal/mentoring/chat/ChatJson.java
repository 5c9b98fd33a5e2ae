package org.peersupport.portal.mentoring.chat;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.peersupport.portal.mentoring.ChatLine;
import org.peersupport.portal.mentoring.ChatSendResult;
import org.peersupport.portal.shared.web.DisplayTime;

/**
 * What the server says on a chat socket. Message text travels as data only: the page puts it in
 * the document with textContent, never as markup.
 */
final class ChatJson {

    /**
     * Looked up once: every {@code Json.createX} call looks the provider up again through the
     * ServiceLoader, which walks the application's whole class path; under chat load that was a
     * third of the server's CPU (JFR, issue 20).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private ChatJson() {}

    /** A message as this reader sees it ({@code body} null while it is held from them). */
    static String message(String type, ChatLine line, ChatSockets.Peer reader, String ref) {
        return builder(type, line, reader, ref).build().toString();
    }

    /** The writer's own answer: the message, and whether to show them the look-soon check-in. */
    static String answer(String type, ChatSendResult result, ChatSockets.Peer writer, String ref) {
        JsonObjectBuilder json = builder(type, result.line(), writer, ref);
        if (result.lookSoon()) {
            json.add("checkIn", true);
        }
        return json.build().toString();
    }

    private static JsonObjectBuilder builder(String type, ChatLine line, ChatSockets.Peer reader, String ref) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("type", type)
                .add("id", line.id()).add("mine", line.mine()).add("status", line.status().name())
                .add("at", DisplayTime.dateTime(line.sentAt(), reader.locale(), reader.zone()));
        if (line.body() == null) {
            json.addNull("body");
        } else {
            json.add("body", line.body());
        }
        if (ref != null && !ref.isEmpty()) {
            json.add("ref", ref);
        }
        return json;
    }

    /** Not sent, with the reason in the member's language; the page keeps their text. */
    static String refused(String reason, String ref) {
        return JSON.createObjectBuilder().add("type", "refused").add("reason", reason).add("ref", ref).build().toString();
    }

    /** The other person has read up to this message. */
    static String seen(long upTo) {
        return JSON.createObjectBuilder().add("type", "seen").add("upTo", upTo).build().toString();
    }

    /** This member read up to here on another device. */
    static String readElsewhere(long upTo) {
        return JSON.createObjectBuilder().add("type", "read").add("upTo", upTo).build().toString();
    }

    static String ended() {
        return JSON.createObjectBuilder().add("type", "ended").build().toString();
    }
}
