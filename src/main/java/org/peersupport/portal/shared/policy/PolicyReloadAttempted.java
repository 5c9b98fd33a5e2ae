package org.peersupport.portal.shared.policy;

/**
 * Fired inside the transaction of an admin's reload of the policy files, applied or refused, before
 * any rule changes; the audit trail records it.
 */
public record PolicyReloadAttempted(long adminId, ReloadOutcome outcome) {}
