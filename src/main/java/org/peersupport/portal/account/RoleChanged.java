package org.peersupport.portal.account;

/**
 * Fired inside the transaction that grants or removes a role; the audit trail records it.
 * The actor is null when the portal itself acted (the start-up admin grant).
 */
public record RoleChanged(Long actorId, long accountId, Role role, boolean granted) {}
