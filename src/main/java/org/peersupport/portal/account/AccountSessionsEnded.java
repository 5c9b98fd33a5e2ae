package org.peersupport.portal.account;

/**
 * Fired inside the transaction that raised an account's security stamp (a suspension, a new
 * password, an erasure): every session it had is signed out at its next request.
 */
public record AccountSessionsEnded(long accountId) {}
