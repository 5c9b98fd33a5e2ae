package org.peersupport.portal.mentoring;

/**
 * A chat message was stored, released by a moderator, or held. Fired inside the transaction;
 * the live transport observes it after success, so nobody is sent a message that was rolled back.
 * It carries the message as each side may see it, so that delivering it needs no database (and no
 * transaction) on whatever thread or instance delivers it.
 *
 * @param readableByRecipient false while the message is held: the recipient is told only that a message waits with the team
 * @param asSender the message as its writer sees it
 * @param asRecipient the message as the other person sees it (no body while it is held)
 */
public record ChatMessagePosted(long mentorshipId, long messageId, long senderId, long recipientId,
        boolean readableByRecipient, ChatLine asSender, ChatLine asRecipient) {

    static ChatMessagePosted of(ChatMessage message, long recipientId) {
        return new ChatMessagePosted(message.getMentorshipId(), message.getId(), message.getSenderId(), recipientId,
                message.isReadableBy(recipientId), ChatLine.of(message, message.getSenderId()), ChatLine.of(message, recipientId));
    }
}
