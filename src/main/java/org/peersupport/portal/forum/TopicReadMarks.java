package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.peersupport.portal.account.AccountErasing;
import org.peersupport.portal.shared.persistence.WriteBehind;
import org.peersupport.portal.shared.persistence.WriteBehindDue;

/**
 * Who read which topic when, gathered from page views and written a second later in one statement
 * ({@link TopicReadingService#writeReadMarks}), so reading a topic sends no write of its own.
 */
@ApplicationScoped
public class TopicReadMarks {

    /** A reader read a topic up to this moment. */
    public record ReadMark(long accountId, long topicId, Instant readAt) {}

    private final WriteBehind<ReadMark> marks = new WriteBehind<>();

    @Inject
    private TopicReadingService reading;

    @Inject
    private Clock clock;

    void add(long accountId, long topicId) {
        marks.add(new ReadMark(accountId, topicId, clock.instant()));
    }

    /** An erased account's writes still waiting are dropped, so a flush after the erasure cannot bring its rows back. */
    void dropWritesOf(@Observes AccountErasing erasing) {
        marks.drain(mark -> mark.accountId() == erasing.accountId());
    }

    void writeDue(@Observes WriteBehindDue due) {
        marks.writeWith(reading::writeReadMarks);
    }

    /** A reader's own marks now, so their list of topics never shows as new what they have just read. */
    void writeMarksOf(long accountId) {
        marks.writeWith(mark -> mark.accountId() == accountId, reading::writeReadMarks);
    }
}
