package org.peersupport.portal.mydata;

/** Fired in the transaction that stores a new pending export; the job starts once it commits. */
public record ExportRequested(long exportId) {}
