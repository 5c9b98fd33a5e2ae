package org.peersupport.portal.mydata;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes an export in the background, on the container's thread pool, once the request for it has
 * committed (so the job always finds its row). A failure marks the export failed in a transaction
 * of its own, so the member can ask again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportJob {

    private static final Logger LOG = Logger.getLogger(ExportJob.class.getName());

    @Inject
    private DataExportService exports;

    @Inject
    private ExportJob self;

    public void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportRequested event) {
        self.build(event.exportId());
    }

    @Asynchronous
    public void build(long exportId) {
        try {
            exports.build(exportId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data export " + exportId + " failed; the member may ask again", e);
            exports.fail(exportId);
        }
    }
}
