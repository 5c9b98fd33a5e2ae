package org.peersupport.portal.account;

/**
 * A confirmation link is to be mailed to the account's address. Carries the token itself, which
 * exists nowhere else (only its hash is stored), so it must never be logged.
 */
public record AddressConfirmationRequested(long accountId, String token) {}
