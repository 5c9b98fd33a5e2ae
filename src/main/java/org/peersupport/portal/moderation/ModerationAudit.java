package org.peersupport.portal.moderation;

import org.peersupport.portal.shared.audit.AuditAction;

/** What moderators do that the audit trail records. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum ModerationAudit implements AuditAction {
    POST_APPROVED,
    POST_EDITED_AND_APPROVED,
    POST_REJECTED,
    POST_HIDDEN,
    SANCTION_WARNING,
    SANCTION_SILENCE,
    SANCTION_SUSPENSION,
    STAFF_NOTE_ADDED
}
