package org.peersupport.portal.moderation;

/**
 * A text a member is about to publish, as {@link TextScreening} takes it: a post or topic (with its
 * title), an edit, or a chat message. {@code staff}: staff writing is rewritten like any text but
 * not checked. The {@code history} is asked only when a posting limit needs it (posts only).
 */
public record Writing(long writerId, boolean staff, PostCandidate.Kind kind, String title, String text,
        PostCandidate.PostingHistory history) {

    /** A chat message between a mentor and mentee: content rules only, no posting limits. */
    public static Writing chatMessage(long writerId, String text) {
        return new Writing(writerId, false, PostCandidate.Kind.CHAT_MESSAGE, null, text, null);
    }

    /** The text the rules judge: a topic's title and opening post together, or the text alone. */
    String checked(String rewrittenTitle, String rewrittenText) {
        return rewrittenTitle == null ? rewrittenText : rewrittenTitle + "\n\n" + rewrittenText;
    }
}
