package org.peersupport.portal.account;

/**
 * Fired inside the erasure's transaction, before the account row is anonymised: every feature
 * observes it and removes (or anonymises) its own private rows of {@code accountId}. A failing
 * observer rolls the whole erasure back, so nothing is left half erased.
 */
public record AccountErasing(long accountId) {}
