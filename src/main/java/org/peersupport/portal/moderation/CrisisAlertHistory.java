package org.peersupport.portal.moderation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A port safety fills: a member's crisis alerts, newest first, for the member record moderators
 * read. Moderation defines it so that the record can show them without knowing safety.
 */
public interface CrisisAlertHistory {

    /**
     * One alert: when it was raised, how severe, its state (OPEN, ACKNOWLEDGED or CLOSED), its outcome
     * once closed (null before), and who handled it (who closed it, else who acknowledged it; null: nobody yet).
     */
    record Line(long alertId, Instant raisedAt, CrisisSeverity severity, String state, String outcome, String handledBy)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The newest alerts, at most as many as asked for, and how many the member has in all. */
    record Newest(List<Line> lines, long total) implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean hasMore() {
            return total > lines.size();
        }
    }

    /** At most {@code max} of the member's alerts, newest first, with their count: a fixed two queries. */
    Newest newestOf(long memberId, int max);

    /** The member's alerts not yet closed, oldest first: what holds their erasure back. One query. */
    List<Line> openOf(long memberId);
}
