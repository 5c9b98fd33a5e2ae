package org.peersupport.portal.mentoring;

import java.time.Instant;

/**
 * A chat message as one reader sees it. {@code body} is null for a message held from this reader:
 * they see only that a message is with the team.
 */
public record ChatLine(long id, long senderId, boolean mine, String body, ChatMessage.Status status, Instant sentAt) {

    static ChatLine of(ChatMessage message, long readerId) {
        return new ChatLine(message.getId(), message.getSenderId(), message.getSenderId() == readerId,
                message.isReadableBy(readerId) ? message.getBody() : null, message.getStatus(), message.getSentAt());
    }

    public boolean isHeld() {
        return status == ChatMessage.Status.HELD || status == ChatMessage.Status.HELD_CRISIS;
    }
}
