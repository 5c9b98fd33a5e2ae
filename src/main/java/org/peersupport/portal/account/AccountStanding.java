package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peersupport.portal.shared.persistence.InstantConverter;
import org.peersupport.portal.shared.persistence.RecentReads;

/**
 * Whether an account may act now, asked by every feature's service before it lets someone post,
 * chat, join or sign up (one rule, one place), and the stamps every request's session is
 * compared with. Both are read from the database, so they hold on every instance of a cluster.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountStanding {

    /** How long an instance may trust a stamp it read; a change made on this instance is seen at once. */
    public static final Duration TRUSTED = Duration.ofSeconds(2);
    private static final int MAX_REMEMBERED = 10_000;

    private record Standing(SessionStamps stamps, Instant suspendedUntil) {}

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    private final RecentReads<Long, SessionStamps> recentStamps = new RecentReads<>(TRUSTED, MAX_REMEMBERED);

    /**
     * Refuses with {@link MemberSuspendedException} while the member is suspended (or has no account),
     * and with {@link AddressUnconfirmedException} until they have confirmed their e-mail address.
     */
    public void requireActive(long memberId) {
        Optional<Standing> standing = standingOf(memberId);
        Instant now = clock.instant();
        if (standing.isEmpty() || standing.get().suspendedUntil() != null && standing.get().suspendedUntil().isAfter(now)) {
            throw new MemberSuspendedException();
        }
        if (em.createNamedQuery(UnconfirmedAddress.COUNT_FOR_ACCOUNT, Long.class).setParameter("id", memberId).getSingleResult() > 0) {
            throw new AddressUnconfirmedException();
        }
    }

    /** The account's stamps, read from the database at most a moment ago; empty if the account is gone. */
    public Optional<SessionStamps> stampsOf(long accountId) {
        return Optional.ofNullable(recentStamps.get(accountId, id -> standingOf(id).map(Standing::stamps).orElse(null)));
    }

    void forgetStamps(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountSessionsEnded ended) {
        recentStamps.forget(ended.accountId());
    }

    void forgetStamps(@Observes(during = TransactionPhase.AFTER_COMPLETION) RoleChanged changed) {
        recentStamps.forget(changed.accountId());
    }

    private Optional<Standing> standingOf(long accountId) {
        return em.createNamedQuery(Account.STANDING, Object[].class).setParameter("id", accountId).getResultStream()
                .findFirst().map(row -> new Standing(new SessionStamps(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                        InstantConverter.fromStored(row[2])));
    }
}
