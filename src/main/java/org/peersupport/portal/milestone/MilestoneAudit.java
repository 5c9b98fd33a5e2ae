package org.peersupport.portal.milestone;

import org.peersupport.portal.shared.audit.AuditAction;

/** Milestones: the steps the audit trail records. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum MilestoneAudit implements AuditAction {
    MILESTONE_DEFINED,
    MILESTONE_EDITED,
    MILESTONE_RETIRED,
    MILESTONE_RESTORED,
    MILESTONE_AWARDED_BY_HAND,
    MILESTONE_REVOKED
}
