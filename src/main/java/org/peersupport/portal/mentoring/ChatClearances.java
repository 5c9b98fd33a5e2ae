package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.function.Supplier;
import org.peersupport.portal.account.AccountSessionsEnded;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.RoleChanged;
import org.peersupport.portal.shared.persistence.RecentReads;

/**
 * Who was found allowed to write in which chat a moment ago (active account, confirmed address,
 * a participant of an active mentorship), so that a chat socket's stream of messages checks the
 * database once per {@link AccountStanding#TRUSTED} instead of on every message. Only a clearance
 * is remembered, never a refusal. A suspension, a role change or an ending made on this instance
 * forgets it at once; one made on another instance stops the writer within that time.
 */
@ApplicationScoped
class ChatClearances {

    private record Writer(long accountId, long mentorshipId) {}

    private final RecentReads<Writer, Long> cleared = new RecentReads<>(AccountStanding.TRUSTED, 20_000);

    /** The other participant, from {@code check} (which throws or answers null to refuse) at most a moment ago. */
    Long otherSide(long accountId, long mentorshipId, Supplier<Long> check) {
        return cleared.get(new Writer(accountId, mentorshipId), writer -> check.get());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountSessionsEnded ended) {
        cleared.forgetIf(writer -> writer.accountId() == ended.accountId());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) RoleChanged changed) {
        cleared.forgetIf(writer -> writer.accountId() == changed.accountId());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) MentorshipEnded ended) {
        cleared.forgetIf(writer -> writer.mentorshipId() == ended.mentorshipId());
    }
}
