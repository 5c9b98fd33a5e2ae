package org.peersupport.portal.safety;

import org.peersupport.portal.shared.audit.AuditAction;

/** The steps of the crisis pathway and the duty roster, as the audit trail records them. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum SafetyAudit implements AuditAction {
    CRISIS_ALERT_RAISED,
    CRISIS_ALERT_ACKNOWLEDGED,
    CRISIS_ALERT_NOTE_ADDED,
    CRISIS_ALERT_CLOSED,
    CRISIS_ALERT_ESCALATED,
    MODERATOR_ON_DUTY,
    MODERATOR_OFF_DUTY
}
