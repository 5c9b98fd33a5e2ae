package org.peersupport.portal.account;

import org.peersupport.portal.shared.audit.AuditAction;

/**
 * What the audit trail records about accounts: role changes, the member's own care contact, consents,
 * settings and erasure. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest).
 */
/** What the audit trail records about accounts: role changes, the member's own care contact and password resets. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum AccountAudit implements AuditAction {
    ROLE_GRANTED,
    ROLE_REVOKED,
    CARE_CONTACT_GIVEN,
    CARE_CONTACT_CHANGED,
    CARE_CONTACT_WITHDRAWN,
    ERASURE_REQUESTED,
    ERASURE_CANCELLED,
    ERASURE_HELD,
    ERASURE_RELEASED,
    ACCOUNT_ERASED,
    /** A member accepted a new version of the guidelines or the privacy notice. */
    CONSENT_ACCEPTED,
    PASSWORD_CHANGED,
    DISPLAY_NAME_CHANGED,
    EMAIL_CHANGE_ASKED,
    EMAIL_CHANGED,
    TIME_ZONE_CHANGED,
    LANGUAGE_CHANGED,
    DEVICE_SIGNED_OUT,
    SIGNED_OUT_ELSEWHERE,
    /** The member set a new password through a link sent by e-mail. */
    PASSWORD_RESET
}
