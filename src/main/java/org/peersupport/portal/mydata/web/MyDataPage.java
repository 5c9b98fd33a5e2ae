package org.peersupport.portal.mydata.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mydata.DataExportService;
import org.peersupport.portal.mydata.ExportState;
import org.peersupport.portal.mydata.ExportStatus;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/my-data.xhtml "Your data": asks for an export of everything held about the member and offers its download. */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DataExportService exports;

    @Inject
    private Viewer viewer;

    @Inject
    private Clock clock;

    private ExportState export;

    @PostConstruct
    void load() {
        export = exports.latest(viewer.getId()).orElse(null);
    }

    public void prepare() {
        try {
            export = exports.request(viewer.getId());
        } catch (PersistenceException e) {
            load(); // asked at the same moment in another tab: that export is the one being made
        }
        Messages.addGlobalInfo(Bundle.text("myData.export.asked"));
    }

    /** Polled while the export is being made. */
    public void refresh() {
        load();
    }

    public ExportState getExport() {
        return export;
    }

    public boolean isPending() {
        return export != null && export.pending();
    }

    public boolean isFailed() {
        return export != null && export.status() == ExportStatus.FAILED;
    }

    public boolean isDownloadable() {
        return export != null && export.downloadable(clock.instant());
    }

    public Instant getExpiresAt() {
        return export == null ? null : export.expiresAt();
    }

    /** The size in kilobytes, at least 1. */
    public long getKilobytes() {
        return export == null || export.fileSize() == null ? 0 : Math.max(1, (export.fileSize() + 1023) / 1024);
    }
}
