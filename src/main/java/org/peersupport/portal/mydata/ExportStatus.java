package org.peersupport.portal.mydata;

/** Where a data export stands: being made, ready to download (until it expires), or failed. */
public enum ExportStatus {
    PENDING,
    READY,
    FAILED
}
