package org.peersupport.portal.forum;

import org.peersupport.portal.shared.audit.AuditAction;

/** What staff do in the forums that the audit trail records. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum ForumAudit implements AuditAction {
    SLOW_MODE_ON,
    SLOW_MODE_OFF,
    ANONYMOUS_AUTHOR_REVEALED,
    GROUP_INVITED,
    GROUP_ADMITTED,
    GROUP_REMOVED
}
