package org.peersupport.portal.notification;

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

/** Notification's retention rules: sent e-mails, read and old notices, finished reminders. */
public final class NotificationRetention {

    private NotificationRetention() {}

    static int delete(EntityManager em, String sql, Instant cutoff) {
        return em.createNativeQuery(sql).setParameter(1, LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
    }

    /** A sent e-mail's body and address are kept only while a delivery question may come up. */
    @ApplicationScoped
    @Transactional
    public static class SentMail implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.sent-mail", defaultValue = "P30D")
        private Duration keep;

        @Override
        public String name() {
            return "email_outbox.sent";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM email_outbox WHERE sent_at IS NOT NULL AND sent_at < ?1", cutoff);
        }
    }

    /** A notice the member has read. */
    @ApplicationScoped
    @Transactional
    public static class ReadNotices implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.read-notices", defaultValue = "P90D")
        private Duration keep;

        @Override
        public String name() {
            return "notification.read";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM notification WHERE read_at IS NOT NULL AND created_at < ?1", cutoff);
        }
    }

    /** Any notice, read or not, once it is old. */
    @ApplicationScoped
    @Transactional
    public static class OldNotices implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.old-notices", defaultValue = "P365D")
        private Duration keep;

        @Override
        public String name() {
            return "notification.any";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM notification WHERE created_at < ?1", cutoff);
        }
    }

    /** A reminder that has fired or was cancelled. */
    @ApplicationScoped
    @Transactional
    public static class FinishedReminders implements RetentionRule {
        @PersistenceContext(unitName = "portal")
        private EntityManager em;

        @Inject
        @ConfigProperty(name = "portal.retention.finished-reminders", defaultValue = "P30D")
        private Duration keep;

        @Override
        public String name() {
            return "reminder.finished";
        }

        @Override
        public Duration keep() {
            return keep;
        }

        @Override
        public int purgeOlderThan(Instant cutoff) {
            return delete(em, "DELETE FROM reminder WHERE status <> 'PENDING' AND remind_at < ?1", cutoff);
        }
    }
}
