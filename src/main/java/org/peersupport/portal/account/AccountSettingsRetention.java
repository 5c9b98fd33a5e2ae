package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.retention.RetentionRule;

/** Retention of the settings' own rows (see README, "Retention"). */
public final class AccountSettingsRetention {

    private AccountSettingsRetention() {}

    static int delete(EntityManager em, String sql, Instant cutoff) {
        return em.createNativeQuery(sql).setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * A device row whose session is long over: a session ends after 30 idle minutes and its row goes
     * with it, but an instance that stopped abruptly leaves its rows behind.
     */
    @ApplicationScoped
    @Transactional
    public static class IdleDevices implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.idle-devices", defaultValue = "P1D")
        private Duration keep;

        @Override
        public String name() {
            return "account_session.idle";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM account_session WHERE last_active_at < ?1", cutoff);
        }
    }

    /** An e-mail change whose link has expired unused: the address asked for need not stay. */
    @ApplicationScoped
    @Transactional
    public static class ExpiredEmailChanges implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.expired-email-changes", defaultValue = "P1D")
        private Duration keep;

        @Override
        public String name() {
            return "email_change.expired";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM email_change WHERE expires_at < ?1", cutoff);
        }
    }
}
