package org.peersupport.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.security.FailureWindow;

/**
 * Limits registrations per e-mail address and per network address within an hour, and how often a
 * member may ask for a new confirmation link: each costs a slow hash and sends a mail. Counts live
 * in this instance's memory, like {@link SignInThrottle}.
 */
@ApplicationScoped
public class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "portal.registration.per-email-per-hour", defaultValue = "3")
    int perEmail;

    @Inject
    @ConfigProperty(name = "portal.registration.per-network-address-per-hour", defaultValue = "10")
    int perNetworkAddress;

    @Inject
    @ConfigProperty(name = "portal.registration.links-per-hour", defaultValue = "3")
    int links;

    @Inject
    Clock clock;

    private FailureWindow emails;
    private FailureWindow networkAddresses;
    private FailureWindow linkRequests;

    @PostConstruct
    void start() {
        emails = new FailureWindow(perEmail, WINDOW);
        networkAddresses = new FailureWindow(perNetworkAddress, WINDOW);
        linkRequests = new FailureWindow(links, WINDOW);
    }

    /** Counts an attempt to register; false (and not counted) if this address or network address has had its allowance. */
    public boolean tryRegistration(String email, String networkAddress) {
        Instant now = clock.instant();
        String emailKey = Account.normaliseEmail(email);
        String networkKey = networkAddress == null ? "" : networkAddress;
        if (emails.isRefused(emailKey, now) || networkAddresses.isRefused(networkKey, now)) {
            return false;
        }
        emails.record(emailKey, now);
        networkAddresses.record(networkKey, now);
        return true;
    }

    /** Counts a request for a new confirmation link; false if the account has had its allowance. */
    public boolean tryNewLink(long accountId) {
        Instant now = clock.instant();
        String key = Long.toString(accountId);
        if (linkRequests.isRefused(key, now)) {
            return false;
        }
        linkRequests.record(key, now);
        return true;
    }
}
