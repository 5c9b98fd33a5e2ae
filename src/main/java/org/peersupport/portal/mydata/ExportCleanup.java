package org.peersupport.portal.mydata;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every quarter hour: deletes exports past their 24 hours, file and all. Every instance runs it; a
 * delete of what is already gone does nothing, so it needs no lock across the cluster.
 */
@Startup
@Singleton
public class ExportCleanup {

    private static final Logger LOG = Logger.getLogger(ExportCleanup.class.getName());

    @Inject
    private DataExportService exports;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void deleteExpired() {
        try {
            exports.deleteExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting expired data exports failed; the next run tries again", e);
        }
    }
}
