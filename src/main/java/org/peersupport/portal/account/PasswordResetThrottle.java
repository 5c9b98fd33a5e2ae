package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.security.FailureWindow;

/**
 * How often a reset link may be asked for: per account (the e-mail address asked about, counted
 * alike whether or not it has an account) and per network address, within a sliding window. The
 * asker never learns of the limit: the page answers the same either way.
 *
 * <p>Counts live in this instance's memory (as {@link SignInThrottle}'s do).
 */
@ApplicationScoped
public class PasswordResetThrottle {

    private FailureWindow perAccount;
    private FailureWindow perAddress;
    private Clock clock;

    protected PasswordResetThrottle() {
        // for CDI
    }

    @Inject
    public PasswordResetThrottle(
            @ConfigProperty(name = "portal.password-reset.asks-per-account", defaultValue = "3") int asksPerAccount,
            @ConfigProperty(name = "portal.password-reset.asks-per-address", defaultValue = "10") int asksPerAddress,
            @ConfigProperty(name = "portal.password-reset.window-minutes", defaultValue = "60") int windowMinutes,
            Clock clock) {
        Duration window = Duration.ofMinutes(windowMinutes);
        this.perAccount = new FailureWindow(asksPerAccount, window);
        this.perAddress = new FailureWindow(asksPerAddress, window);
        this.clock = clock;
    }

    /** Counts an ask and says whether it may go ahead; an ask refused counts for nothing. */
    public synchronized boolean allow(String email, String networkAddress) {
        Instant now = clock.instant();
        String account = accountKey(email);
        String address = networkAddress == null ? "" : networkAddress;
        if (perAccount.isRefused(account, now) || perAddress.isRefused(address, now)) {
            return false;
        }
        perAccount.record(account, now);
        perAddress.record(address, now);
        return true;
    }

    private static String accountKey(String email) {
        String normalised = Account.normaliseEmail(email);
        return normalised == null ? "" : normalised;
    }
}
