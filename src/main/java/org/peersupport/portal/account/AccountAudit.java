package org.peersupport.portal.account;

import org.peersupport.portal.shared.audit.AuditAction;

/** What the audit trail records about accounts: role changes, the member's own care contact and password resets. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum AccountAudit implements AuditAction {
    ROLE_GRANTED,
    ROLE_REVOKED,
    CARE_CONTACT_GIVEN,
    CARE_CONTACT_CHANGED,
    CARE_CONTACT_WITHDRAWN,
    /** The member set a new password through a link sent by e-mail. */
    PASSWORD_RESET
}
