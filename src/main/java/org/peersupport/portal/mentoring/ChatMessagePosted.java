package org.peersupport.portal.mentoring;

/**
 * A chat message was stored, released by a moderator, or held. Fired inside the transaction;
 * the live transport observes it after success, so nobody is sent a message that was rolled back.
 *
 * @param readableByRecipient false while the message is held: the recipient is told only that a message waits with the team
 */
public record ChatMessagePosted(long mentorshipId, long messageId, long senderId, long recipientId,
        boolean readableByRecipient) {
}
