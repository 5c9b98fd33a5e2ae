package org.peersupport.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation's first admin: register an account, then start the portal with
 * PORTAL_BOOTSTRAP_ADMIN_EMAIL set to its e-mail. The grant is audited like any other.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "portal.bootstrap-admin-email")
    private Optional<String> email;

    @Inject
    private AccountService accounts;

    @PostConstruct
    void grant() {
        email.filter(e -> !e.isBlank()).ifPresent(e -> {
            if (accounts.grantAdminAtStartup(e)) {
                LOG.info("Admin role ensured for the bootstrap admin account");
            } else {
                LOG.warning("PORTAL_BOOTSTRAP_ADMIN_EMAIL names no registered account; register it first");
            }
        });
    }
}
