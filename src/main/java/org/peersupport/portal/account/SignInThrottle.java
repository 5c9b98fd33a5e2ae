package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.peersupport.portal.shared.security.FailureWindow;

/**
 * Refuses sign-in after too many failures within a minute, counted both per account and per
 * address, so that neither one account nor one address can be used to guess passwords.
 *
 * <p>Counts live in this instance's memory: with several instances each counts on its own.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures allowed within the window; the next attempt is refused. */
    public static final int FAILURES_ALLOWED = 6;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private final FailureWindow failures = new FailureWindow(FAILURES_ALLOWED, WINDOW);
    private Clock clock;

    protected SignInThrottle() {
        // for CDI
    }

    @Inject
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True if an attempt for this e-mail or from this address must be refused now. */
    public boolean isRefused(String email, String address) {
        Instant now = clock.instant();
        return failures.isRefused(accountKey(email), now) || failures.isRefused(addressKey(address), now);
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        failures.record(accountKey(email), now);
        failures.record(addressKey(address), now);
    }

    /** A successful sign-in clears the account's count (not the address's: one address may try many accounts). */
    public void recordSuccess(String email) {
        failures.clear(accountKey(email));
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
