package org.peersupport.portal.mentoring;

import java.util.List;

/**
 * What happened to a message: sent, held (crisis or a watched word), or refused with a reason
 * (bundle key and arguments) and not stored, so the writer keeps their text. {@code lookSoon}: a
 * moderator was asked to look soon, and the writer is offered a gentle check-in.
 */
public record ChatSendResult(Outcome outcome, ChatLine line, String reasonKey, List<Object> arguments, boolean lookSoon) {

    public enum Outcome {
        SENT,
        HELD,
        HELD_CRISIS,
        REFUSED
    }

    /** A stored message: sent, or held as its status says. */
    static ChatSendResult of(ChatMessage.Status status, ChatLine line, boolean lookSoon) {
        Outcome outcome = switch (status) {
            case HELD_CRISIS -> Outcome.HELD_CRISIS;
            case HELD -> Outcome.HELD;
            default -> Outcome.SENT;
        };
        return new ChatSendResult(outcome, line, null, List.of(), lookSoon);
    }

    static ChatSendResult refused(String reasonKey, List<Object> arguments) {
        return new ChatSendResult(Outcome.REFUSED, null, reasonKey, arguments, false);
    }
}
