package org.peersupport.portal.shared.audit;

/** What the kernel itself audits: the admins' reloads of the policy files. */
public enum PortalAudit implements AuditAction {
    POLICY_RELOADED,
    POLICY_RELOAD_REFUSED
}
