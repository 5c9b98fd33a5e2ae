package org.peersupport.portal.moderation;

/**
 * A text was held because it reads as crisis language. Fired inside the transaction that held it,
 * so the alert to staff exists exactly when the held text does.
 *
 * @param source what was written: FORUM_POST, CHAT_MESSAGE, PROFILE
 * @param sourceId the id of the post, message or profile
 * @param writerId the account of the person who may be in crisis
 * @param reviewLink where staff read and decide on the held text
 */
public record CrisisTextHeld(String source, long sourceId, long writerId, CrisisSignal signal, String reviewLink) {
}
