package org.peersupport.portal.moderation;

/**
 * A text carries a weaker crisis signal (severity LOOK_SOON): it was published (or held for other
 * reasons) and a moderator should look soon. Fired inside the writer's transaction, so the alert
 * exists exactly when the text does.
 *
 * @param source what was written: FORUM_POST, CHAT_MESSAGE
 * @param sourceId the id of the post or message
 * @param writerId the account of the person who may be having a hard time
 * @param reviewLink where staff read the text
 */
public record LookSoonSignalled(String source, long sourceId, long writerId, CrisisSignal signal, String reviewLink) {
}
