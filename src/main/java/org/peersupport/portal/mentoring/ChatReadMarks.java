package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.peersupport.portal.account.AccountErasing;
import org.peersupport.portal.shared.persistence.WriteBehind;
import org.peersupport.portal.shared.persistence.WriteBehindDue;

/**
 * How far each side of a chat has read, gathered from the pages' "read" and written a second later
 * in one statement ({@link ChatService#writeReadMarks}), so reading a message sends no write of its own.
 */
@ApplicationScoped
public class ChatReadMarks {

    /** A reader has read a chat up to this message. */
    public record ReadUpTo(long mentorshipId, long accountId, long messageId) {}

    private final WriteBehind<ReadUpTo> marks = new WriteBehind<>();

    @Inject
    private ChatService chat;

    void add(long mentorshipId, long accountId, long messageId) {
        marks.add(new ReadUpTo(mentorshipId, accountId, messageId));
    }

    /** An erased account's writes still waiting are dropped, so a flush after the erasure cannot bring its rows back. */
    void dropWritesOf(@Observes AccountErasing erasing) {
        marks.drain(mark -> mark.accountId() == erasing.accountId());
    }

    void writeDue(@Observes WriteBehindDue due) {
        marks.writeWith(chat::writeReadMarks);
    }

    /** The marks of one chat now, before its read state or unread counts are read. */
    void writeMarksOf(long mentorshipId) {
        marks.writeWith(mark -> mark.mentorshipId() == mentorshipId, chat::writeReadMarks);
    }
}
