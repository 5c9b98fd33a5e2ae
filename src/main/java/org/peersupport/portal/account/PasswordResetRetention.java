package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.retention.RetentionRule;

/** Reset links, used or not, are worth nothing after their 30 minutes; the rows say when someone asked. */
@ApplicationScoped
public class PasswordResetRetention implements RetentionRule {

    @Inject
    private PasswordResetService resets;

    @Inject
    @ConfigProperty(name = "portal.retention.reset-links", defaultValue = "P1D")
    private Duration keep;

    @Override
    public String name() {
        return "password_reset";
    }

    @Override
    public Duration keep() {
        return keep;
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return resets.forgetCreatedBefore(cutoff);
    }
}
