package org.peersupport.portal.account;

import java.time.Instant;

/**
 * Fired inside the transaction that gave an account a new password (by a reset link, or on the
 * settings page): open reset links stop working, and notification tells the member by e-mail.
 */
public record PasswordChanged(long accountId, Instant at) {}
