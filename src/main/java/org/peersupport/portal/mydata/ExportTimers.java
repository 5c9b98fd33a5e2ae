package org.peersupport.portal.mydata;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The export's background work. Every five seconds: make the pending exports (a page only stores
 * the request, so a large account never holds up a page, and a request survives a restart). Every
 * quarter hour: delete exports past their 24 hours. Every instance runs both; building locks the
 * export's row and skips one made meanwhile, and deleting what is gone does nothing, so each export
 * is made once across the cluster.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration") // a tick during deployment would meet tables not made yet
public class ExportTimers {

    private static final Logger LOG = Logger.getLogger(ExportTimers.class.getName());

    @Inject
    private DataExportService exports;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void buildPending() {
        for (long id : exports.pendingIds()) {
            try {
                exports.build(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Data export " + id + " failed; the member may ask again", e);
                exports.fail(id);
            }
        }
    }

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void deleteExpired() {
        try {
            exports.deleteExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting expired data exports failed; the next run tries again", e);
        }
    }
}
