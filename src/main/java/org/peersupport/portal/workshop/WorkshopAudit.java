package org.peersupport.portal.workshop;

import org.peersupport.portal.shared.audit.AuditAction;

/** Workshops: the steps the audit trail records. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum WorkshopAudit implements AuditAction {
    WORKSHOP_CREATED,
    WORKSHOP_PUBLISHED,
    WORKSHOP_EDITED,
    WORKSHOP_POSTPONED,
    WORKSHOP_CANCELLED,
    WORKSHOP_SIGNED_UP,
    WORKSHOP_WAITLISTED,
    WORKSHOP_REGISTRATION_CANCELLED,
    WORKSHOP_SEAT_OFFERED,
    WORKSHOP_OFFER_CONFIRMED,
    WORKSHOP_OFFER_EXPIRED,
    WORKSHOP_CHECKED_IN,
    WORKSHOP_ATTENDEES_EXPORTED
}
