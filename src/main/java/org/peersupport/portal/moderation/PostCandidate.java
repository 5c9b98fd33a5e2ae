package org.peersupport.portal.moderation;

import java.time.Instant;
import java.util.Optional;

/**
 * A post or topic about to be published or changed, as the moderation check sees it. The
 * {@link PostingHistory} is asked only when a rule needs it, so a trusted member's post costs no
 * counting queries.
 */
public record PostCandidate(long authorId, Kind kind, String text, int linkCount, int imageCount,
        PostingHistory history) {

    public enum Kind {
        NEW_TOPIC,
        REPLY,
        EDIT,
        /** A mentor's or mentee's chat message: no posting history is asked for it. */
        CHAT_MESSAGE
    }

    /** What the forum knows of the writer's recent posting. */
    public interface PostingHistory {
        long topicsSince(Instant since);

        long repliesSince(Instant since);

        Optional<Instant> lastPostAt();
    }
}
