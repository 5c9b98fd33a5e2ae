package org.peersupport.portal.workshop;

/** A draft is seen only by facilitators; a published workshop is listed; a cancelled one stays readable but takes no one. */
public enum WorkshopStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
