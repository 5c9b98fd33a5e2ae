package org.peersupport.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.peersupport.portal.account.AccountErasing;
import org.peersupport.portal.shared.persistence.WriteBehind;
import org.peersupport.portal.shared.persistence.WriteBehindDue;

/**
 * Page views that count towards a member's reading time and days visited (trust levels), gathered
 * and written a second later in one statement ({@link ModerationService#writeReadingTime}), so a
 * page view sends no write of its own.
 */
@ApplicationScoped
public class ReadingTime {

    /** A member viewed a page at this moment. */
    public record PageView(long accountId, Instant at) {}

    private final WriteBehind<PageView> views = new WriteBehind<>();

    @Inject
    private ModerationService moderation;

    @Inject
    private Clock clock;

    public void record(long accountId) {
        views.add(new PageView(accountId, clock.instant()));
    }

    /** An erased account's writes still waiting are dropped, so a flush after the erasure cannot bring its rows back. */
    void dropWritesOf(@Observes AccountErasing erasing) {
        views.drain(view -> view.accountId() == erasing.accountId());
    }

    void writeDue(@Observes WriteBehindDue due) {
        views.writeWith(moderation::writeReadingTime);
    }
}
